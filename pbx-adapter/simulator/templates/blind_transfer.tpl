% template blind_transfer
% var __AGENT_RING=«p:ring:agent»
% var __AGENT_TALK_«agent»=«p:talk:agent»
% var __AGENT_TALK_«target»=«p:talk:target»
% segment setup
@0.439
Event: Newchannel
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»

@0.561
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: 
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «did»
Context: from-pstn
Channel: Local/«did»@from-pstn-«local:0»;1
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.670
Event: Newchannel
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»

@0.758
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: 
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «did»
Context: from-pstn
Channel: Local/«did»@from-pstn-«local:0»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.758
Event: Newexten
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»
Extension: «did»
Application: AppDial2
AppData: (Outgoing Line)

@0.758 vars=set:0-3/3
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@2.484
Event: CEL
Privilege: call,all
EventName: APP_START
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «did»
Context: from-pstn
Channel: Local/«did»@from-pstn-«local:0»;2
Application: Dial
AppData: Local/«agent»@agents/n,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@2.484
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: 
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «agent»
Context: agents
Channel: Local/«agent»@agents-«local:1»;1
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@2.484
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: 
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «agent»
Context: agents
Channel: Local/«agent»@agents-«local:1»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@2.484
Event: NewCallerid
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@2.484
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»

@2.484 vars=inherit:0-3/3
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@2.484
Event: NewCallerid
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@2.484
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»

@2.484
Event: LocalBridge
Privilege: call,all
LocalOneChannel: Local/«did»@from-pstn-«local:0»;1
LocalOneChannelState: 0
LocalOneChannelStateDesc: Down
LocalOneCallerIDNum: «caller»
LocalOneCallerIDName: <unknown>
LocalOneConnectedLineNum: «caller»
LocalOneConnectedLineName: <unknown>
LocalOneLanguage: en
LocalOneAccountCode: 
LocalOneContext: from-pstn
LocalOneExten: «did»
LocalOnePriority: 1
LocalOneUniqueid: «uid:0»
LocalOneLinkedid: «uid:0»
LocalTwoChannel: Local/«did»@from-pstn-«local:0»;2
LocalTwoChannelState: 4
LocalTwoChannelStateDesc: Ring
LocalTwoCallerIDNum: «caller»
LocalTwoCallerIDName: <unknown>
LocalTwoConnectedLineNum: «caller»
LocalTwoConnectedLineName: <unknown>
LocalTwoLanguage: en
LocalTwoAccountCode: 
LocalTwoContext: from-pstn
LocalTwoExten: «did»
LocalTwoPriority: 1
LocalTwoUniqueid: «uid:1»
LocalTwoLinkedid: «uid:0»
Context: from-pstn
Exten: «did»
LocalOptimization: No

@2.484
Event: Newexten
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «did»
Application: NoOp
AppData: Inbound call from «caller» to DID «did»

@2.484
Event: Newexten
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «did»
Application: Dial
AppData: Local/«agent»@agents/n,30,t

@2.484
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALSTATUS
Value: 

@2.484
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: 

@2.484
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDPEERNAME
Value: 

@2.484
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: ANSWEREDTIME
Value: 

@2.484
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: ANSWEREDTIME_MS
Value: 

@4.200
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDTIME
Value: 

@4.200
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDTIME_MS
Value: 

@4.200
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RINGTIME
Value: 

@4.200
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RINGTIME_MS
Value: 

@4.200
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: PROGRESSTIME
Value: 

@4.200
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: PROGRESSTIME_MS
Value: 

@4.200
Event: Newchannel
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@4.200
Event: Newchannel
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»

@4.200
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «agent»@agents/n

@4.200 vars=inherit:0-3/3
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@4.200
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «did»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «did»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «did»
Application: AppDial
AppData: (Outgoing Line)

@4.200
Event: NewCallerid
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «did»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «did»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@4.200
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «did»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «did»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@4.200
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «agent»@agents/n

@4.200 vars=inherit:0-3/3
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@4.200
Event: NewCallerid
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@4.200
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»

@4.200
Event: LocalBridge
Privilege: call,all
LocalOneChannel: Local/«agent»@agents-«local:1»;1
LocalOneChannelState: 0
LocalOneChannelStateDesc: Down
LocalOneCallerIDNum: «did»
LocalOneCallerIDName: <unknown>
LocalOneConnectedLineNum: «caller»
LocalOneConnectedLineName: <unknown>
LocalOneLanguage: en
LocalOneAccountCode: 
LocalOneContext: agents
LocalOneExten: «did»
LocalOnePriority: 1
LocalOneUniqueid: «uid:2»
LocalOneLinkedid: «uid:0»
LocalTwoChannel: Local/«agent»@agents-«local:1»;2
LocalTwoChannelState: 4
LocalTwoChannelStateDesc: Ring
LocalTwoCallerIDNum: «caller»
LocalTwoCallerIDName: <unknown>
LocalTwoConnectedLineNum: «did»
LocalTwoConnectedLineName: <unknown>
LocalTwoLanguage: en
LocalTwoAccountCode: 
LocalTwoContext: agents
LocalTwoExten: «agent»
LocalTwoPriority: 1
LocalTwoUniqueid: «uid:3»
LocalTwoLinkedid: «uid:0»
Context: agents
Exten: «agent»
LocalOptimization: No

@4.200
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «agent»
Application: NoOp
AppData: Simulated agent phone «agent»

@4.200
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 2
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «agent»
Application: Set
AppData: RING=

@4.200
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 2
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: RING
Value: 

@4.200
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 3
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «agent»
Application: ExecIf
AppData: 1?Set(RING=«p:ring:agent»)

@4.200
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 3
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: RING
Value: «p:ring:agent»

@4.200
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 4
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «agent»
Application: ExecIf
AppData: 0?Set(RING=3)

@4.200
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 5
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «agent»
Application: Set
AppData: TALK=«p:talk:agent»

@4.200
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 5
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: TALK
Value: «p:talk:agent»

@4.200
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 6
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «agent»
Application: ExecIf
AppData: 0?Set(TALK=)

@4.200
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 7
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «agent»
Application: ExecIf
AppData: 0?Set(TALK=5)

@4.200
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 8
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «agent»
Application: Ringing
AppData: 

@4.200
Event: Newstate
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «did»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «did»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@4.200
Event: DialBegin
Privilege: call,all
DestChannel: Local/«did»@from-pstn-«local:0»;1
DestChannelState: 0
DestChannelStateDesc: Down
DestCallerIDNum: «caller»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: from-pstn
DestExten: «did»
DestPriority: 1
DestUniqueid: «uid:0»
DestLinkedid: «uid:0»
DialString: «did»@from-pstn/n

@4.200
Event: DialBegin
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
DestChannel: Local/«agent»@agents-«local:1»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «did»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «did»
DestPriority: 1
DestUniqueid: «uid:2»
DestLinkedid: «uid:0»
DialString: «agent»@agents/n

@4.200
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: INUSE

@4.200
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 9
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «agent»
Application: GotoIf
AppData: 0?noanswer

@4.200
Event: Newstate
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»

@4.200
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@4.200
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RINGTIME
Value: «s:setup:-495.8»

@4.200
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RINGTIME_MS
Value: «ms:setup:3.2»

@4.200
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 10
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «agent»
Application: Wait
AppData: «p:ring:agent»

@4.200
Event: DialState
Privilege: call,all
DestChannel: Local/«did»@from-pstn-«local:0»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «caller»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: from-pstn
DestExten: «did»
DestPriority: 1
DestUniqueid: «uid:0»
DestLinkedid: «uid:0»
DialStatus: RINGING

@4.200
Event: DialState
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
DestChannel: Local/«agent»@agents-«local:1»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «did»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «did»
DestPriority: 1
DestUniqueid: «uid:2»
DestLinkedid: «uid:0»
DialStatus: RINGING

% segment answer after=ring:agent+4.977
@0.000
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 11
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «agent»
Application: Answer
AppData: 

@0.328
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «agent»
Context: agents
Channel: Local/«agent»@agents-«local:1»;2
Application: Answer
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.328
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «did»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «did»
Context: agents
Channel: Local/«agent»@agents-«local:1»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.328
Event: Newstate
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 11
Uniqueid: «uid:3»
Linkedid: «uid:0»

@0.328
Event: Newstate
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «did»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «did»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@0.328
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: INUSE

@0.328
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: INUSE

@0.678
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALSTATUS
Value: ANSWER

@0.913
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDPEERNAME
Value: Local/«agent»@agents-«local:1»;1

@0.913
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «did»
Context: from-pstn
Channel: Local/«did»@from-pstn-«local:0»;2
Application: Dial
AppData: Local/«agent»@agents/n,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.913
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «agent»@agents/n

@0.913
Event: DialEnd
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
DestChannel: Local/«agent»@agents-«local:1»;1
DestChannelState: 6
DestChannelStateDesc: Up
DestCallerIDNum: «did»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: 
DestPriority: 1
DestUniqueid: «uid:2»
DestLinkedid: «uid:0»
DialStatus: ANSWER

@0.913
Event: Newstate
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»

@0.913
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@0.913
Event: Newstate
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»

@1.746
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: «caller»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «did»
Context: from-pstn
Channel: Local/«did»@from-pstn-«local:0»;1
Application: AppDial2
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@1.746
Event: OriginateResponse
Privilege: call,all
ActionID: «action»
Response: Success
Channel: Local/«did»@from-pstn-«local:0»;1
Application: Wait
Data: «p:callerWait»
Reason: 4
Uniqueid: «uid:0»
CallerIDNum: «caller»
CallerIDName: <unknown>

@1.746
Event: BridgeCreate
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@1.746
Event: CEL
Privilege: call,all
EventName: BRIDGE_ENTER
AccountCode: 
CallerIDnum: «did»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: agents
Channel: Local/«agent»@agents-«local:1»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@1.746
Event: DialEnd
Privilege: call,all
DestChannel: Local/«did»@from-pstn-«local:0»;1
DestChannelState: 6
DestChannelStateDesc: Up
DestCallerIDNum: «caller»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: from-pstn
DestExten: «did»
DestPriority: 1
DestUniqueid: «uid:0»
DestLinkedid: «uid:0»
DialStatus: ANSWER

@1.746
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «did»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: 
Application: AppDial
AppData: (Outgoing Line)

@1.746
Event: BridgeEnter
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 1
BridgeVideoSourceMode: none
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «did»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@2.046
Event: CEL
Privilege: call,all
EventName: BRIDGE_ENTER
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «did»
Context: from-pstn
Channel: Local/«did»@from-pstn-«local:0»;2
Application: Dial
AppData: Local/«agent»@agents/n,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: Local/«agent»@agents-«local:1»;1
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@2.046
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@2.046
Event: BridgeEnter
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 2
BridgeVideoSourceMode: none
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»

@2.046
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «did»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: Local/«did»@from-pstn-«local:0»;2

@2.046
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: Local/«agent»@agents-«local:1»;1

@501.359
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 12
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «agent»
Application: Wait
AppData: «p:talk:agent»

% segment transfer trigger=transferAfter+2.023
@0.896
Event: Unhold
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «did»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@0.896
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BLINDTRANSFER
Value: Local/«agent»@agents-«local:1»;1

@0.896
Event: CEL
Privilege: call,all
EventName: BLINDTRANSFER
AccountCode: 
CallerIDnum: «did»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: agents
Channel: Local/«agent»@agents-«local:1»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"extension":"«target»","context":"internal","bridge_id":"«bridge:0»","transferee_channel_name":"Local/«did»@from-pstn-«local:0»;2","transferee_channel_uniqueid":"«uid:1»"}

@2.160
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «did»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: BLINDTRANSFER
Value: Local/«did»@from-pstn-«local:0»;2

@2.378
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «did»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: 

@2.588
Event: BlindTransfer
Privilege: call,all
Result: Success
TransfererChannel: Local/«agent»@agents-«local:1»;1
TransfererChannelState: 6
TransfererChannelStateDesc: Up
TransfererCallerIDNum: «did»
TransfererCallerIDName: <unknown>
TransfererConnectedLineNum: «caller»
TransfererConnectedLineName: <unknown>
TransfererLanguage: en
TransfererAccountCode: 
TransfererContext: agents
TransfererExten: 
TransfererPriority: 1
TransfererUniqueid: «uid:2»
TransfererLinkedid: «uid:0»
TransfereeChannel: Local/«did»@from-pstn-«local:0»;2
TransfereeChannelState: 6
TransfereeChannelStateDesc: Up
TransfereeCallerIDNum: «caller»
TransfereeCallerIDName: <unknown>
TransfereeConnectedLineNum: «caller»
TransfereeConnectedLineName: <unknown>
TransfereeLanguage: en
TransfereeAccountCode: 
TransfereeContext: from-pstn
TransfereeExten: «did»
TransfereePriority: 2
TransfereeUniqueid: «uid:1»
TransfereeLinkedid: «uid:0»
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 2
BridgeVideoSourceMode: none
IsExternal: Yes
Context: internal
Extension: «target»

@2.792
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: 

@2.792
Event: Newexten
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «target»
Application: Dial
AppData: Local/«agent»@agents/n,30,t

@2.792
Event: BridgeLeave
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 1
BridgeVideoSourceMode: none
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»

@2.792
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALSTATUS
Value: ANSWER

@2.792
Event: Newexten
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «target»
Application: Dial
AppData: Local/«target»@agents/n,30,t

@2.792
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALSTATUS
Value: 

@2.792
Event: CEL
Privilege: call,all
EventName: BRIDGE_EXIT
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: internal
Channel: Local/«did»@from-pstn-«local:0»;2
Application: Dial
AppData: Local/«agent»@agents/n,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@2.792
Event: CEL
Privilege: call,all
EventName: APP_END
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: internal
Channel: Local/«did»@from-pstn-«local:0»;2
Application: Dial
AppData: Local/«agent»@agents/n,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@2.792
Event: CEL
Privilege: call,all
EventName: APP_START
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: internal
Channel: Local/«did»@from-pstn-«local:0»;2
Application: Dial
AppData: Local/«target»@agents/n,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@2.792
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: 
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: agents
Channel: Local/«target»@agents-«local:2»;1
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:4»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@2.792
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: 
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: agents
Channel: Local/«target»@agents-«local:2»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:5»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@2.792
Event: CEL
Privilege: call,all
EventName: BRIDGE_EXIT
AccountCode: 
CallerIDnum: «did»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: agents
Channel: Local/«agent»@agents-«local:1»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@2.792
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «did»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: agents
Channel: Local/«agent»@agents-«local:1»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":16,"hangupsource":"","dialstatus":""}

@2.792
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «did»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: agents
Channel: Local/«agent»@agents-«local:1»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@2.792
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «agent»
Context: agents
Channel: Local/«agent»@agents-«local:1»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":16,"hangupsource":"","dialstatus":""}

@2.792
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «agent»
Context: agents
Channel: Local/«agent»@agents-«local:1»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@2.792
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «agent»
DestinationContext: agents
CallerID: "" <«caller»>
Channel: Local/«agent»@agents-«local:1»;2
DestinationChannel: 
LastApplication: Wait
LastData: «p:talk:agent»
StartTime: «date:setup:0.439»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:-490.208»
BillableSeconds: «s:answer:-495.185»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
UserField: 

@4.037
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: 

@4.037
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDPEERNAME
Value: 

@4.037
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: ANSWEREDTIME
Value: 

@4.037
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: ANSWEREDTIME_MS
Value: 

@4.037
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDTIME
Value: 

@4.271
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDTIME_MS
Value: 

@4.271
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RINGTIME
Value: 

@4.271
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RINGTIME_MS
Value: 

@4.271
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: PROGRESSTIME
Value: 

@4.271
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: PROGRESSTIME_MS
Value: 

@4.271
Event: Newchannel
Privilege: call,all
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»

@4.271
Event: Newchannel
Privilege: call,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:5»
Linkedid: «uid:0»

@4.271
Event: VarSet
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «target»@agents/n

@4.271 vars=inherit:0-3/3
Event: VarSet
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@4.271
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «target»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
Extension: «target»
Application: AppDial
AppData: (Outgoing Line)

@4.271
Event: NewCallerid
Privilege: call,all
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «target»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@4.271
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «target»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»

@4.271
Event: VarSet
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:5»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «target»@agents/n

@4.271 vars=inherit:0-3/3
Event: VarSet
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:5»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@6.171
Event: NewCallerid
Privilege: call,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:5»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@6.171
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:5»
Linkedid: «uid:0»

@6.171
Event: LocalBridge
Privilege: call,all
LocalOneChannel: Local/«target»@agents-«local:2»;1
LocalOneChannelState: 0
LocalOneChannelStateDesc: Down
LocalOneCallerIDNum: «target»
LocalOneCallerIDName: <unknown>
LocalOneConnectedLineNum: «caller»
LocalOneConnectedLineName: <unknown>
LocalOneLanguage: en
LocalOneAccountCode: 
LocalOneContext: agents
LocalOneExten: «target»
LocalOnePriority: 1
LocalOneUniqueid: «uid:4»
LocalOneLinkedid: «uid:0»
LocalTwoChannel: Local/«target»@agents-«local:2»;2
LocalTwoChannelState: 4
LocalTwoChannelStateDesc: Ring
LocalTwoCallerIDNum: «caller»
LocalTwoCallerIDName: <unknown>
LocalTwoConnectedLineNum: «target»
LocalTwoConnectedLineName: <unknown>
LocalTwoLanguage: en
LocalTwoAccountCode: 
LocalTwoContext: agents
LocalTwoExten: «target»
LocalTwoPriority: 1
LocalTwoUniqueid: «uid:5»
LocalTwoLinkedid: «uid:0»
Context: agents
Exten: «target»
LocalOptimization: No

@6.171
Event: DialBegin
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
DestChannel: Local/«target»@agents-«local:2»;1
DestChannelState: 0
DestChannelStateDesc: Down
DestCallerIDNum: «target»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «target»
DestPriority: 1
DestUniqueid: «uid:4»
DestLinkedid: «uid:0»
DialString: «target»@agents/n

@6.171
Event: BridgeLeave
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «did»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@6.171
Event: HangupRequest
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 12
Uniqueid: «uid:3»
Linkedid: «uid:0»
Cause: 16

@6.171
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «target»
Application: NoOp
AppData: Simulated agent phone «target»

@6.171
Event: Hangup
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «did»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@6.171
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 2
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «target»
Application: Set
AppData: RING=

@6.171
Event: VarSet
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 2
Uniqueid: «uid:5»
Linkedid: «uid:0»
Variable: RING
Value: 

@6.171
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 3
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «target»
Application: ExecIf
AppData: 1?Set(RING=«p:ring:target»)

@6.171
Event: VarSet
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 3
Uniqueid: «uid:5»
Linkedid: «uid:0»
Variable: RING
Value: «p:ring:target»

@6.171
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 4
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «target»
Application: ExecIf
AppData: 0?Set(RING=3)

@6.171
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 5
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «target»
Application: Set
AppData: TALK=«p:talk:target»

@6.171
Event: VarSet
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 5
Uniqueid: «uid:5»
Linkedid: «uid:0»
Variable: TALK
Value: «p:talk:target»

@6.171
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 6
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «target»
Application: ExecIf
AppData: 0?Set(TALK=)

@6.171
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 7
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «target»
Application: ExecIf
AppData: 0?Set(TALK=5)

@6.171
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 8
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «target»
Application: Ringing
AppData: 

@6.171
Event: Newstate
Privilege: call,all
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «target»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»

@6.171
Event: SoftHangupRequest
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 12
Uniqueid: «uid:3»
Linkedid: «uid:0»
Cause: 16

@6.171
Event: Hangup
Privilege: call,all
Channel: Local/«agent»@agents-«local:1»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «did»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 12
Uniqueid: «uid:3»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@6.171
Event: BridgeDestroy
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@6.171
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: NOT_INUSE

@6.171
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 9
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «target»
Application: GotoIf
AppData: 0?noanswer

@6.171
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 10
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «target»
Application: Wait
AppData: «p:ring:target»

@6.171
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RINGTIME
Value: «s:transfer:-493.829»

@6.171
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RINGTIME_MS
Value: «ms:transfer:5.171»

@6.171
Event: DialState
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
DestChannel: Local/«target»@agents-«local:2»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «target»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «target»
DestPriority: 1
DestUniqueid: «uid:4»
DestLinkedid: «uid:0»
DialStatus: RINGING

@6.171
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: NOT_INUSE

@6.171
Event: DeviceStateChange
Privilege: call,all
Device: Local/«target»@agents
State: INUSE

% segment targetAnswer after=ring:target+3.162
@0.000
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 11
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «target»
Application: Answer
AppData: 

@0.675
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «target»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: agents
Channel: Local/«target»@agents-«local:2»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:4»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.675
Event: Newstate
Privilege: call,all
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «target»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»

@0.675
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALSTATUS
Value: ANSWER

@0.675
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDPEERNAME
Value: Local/«target»@agents-«local:2»;1

@0.675
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «target»@agents/n

@0.675
Event: Newstate
Privilege: call,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 11
Uniqueid: «uid:5»
Linkedid: «uid:0»

@1.024
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: agents
Channel: Local/«target»@agents-«local:2»;2
Application: Answer
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:5»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@1.024
Event: DeviceStateChange
Privilege: call,all
Device: Local/«target»@agents
State: INUSE

@1.024
Event: DeviceStateChange
Privilege: call,all
Device: Local/«target»@agents
State: INUSE

@1.024
Event: DialEnd
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
DestChannel: Local/«target»@agents-«local:2»;1
DestChannelState: 6
DestChannelStateDesc: Up
DestCallerIDNum: «target»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: 
DestPriority: 1
DestUniqueid: «uid:4»
DestLinkedid: «uid:0»
DialStatus: ANSWER

@1.024
Event: BridgeCreate
Privilege: call,all
BridgeUniqueid: «bridge:1»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@1.024
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «target»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
Extension: 
Application: AppDial
AppData: (Outgoing Line)

@1.024
Event: CEL
Privilege: call,all
EventName: BRIDGE_ENTER
AccountCode: 
CallerIDnum: «target»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: agents
Channel: Local/«target»@agents-«local:2»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:4»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"bridge_id":"«bridge:1»","bridge_technology":"simple_bridge"}

@1.265
Event: CEL
Privilege: call,all
EventName: BRIDGE_ENTER
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: internal
Channel: Local/«did»@from-pstn-«local:0»;2
Application: Dial
AppData: Local/«target»@agents/n,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: Local/«target»@agents-«local:2»;1
PeerAccount: 
Extra: {"bridge_id":"«bridge:1»","bridge_technology":"simple_bridge"}

@1.689
Event: BridgeEnter
Privilege: call,all
BridgeUniqueid: «bridge:1»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 1
BridgeVideoSourceMode: none
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «target»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»

@1.689
Event: BridgeEnter
Privilege: call,all
BridgeUniqueid: «bridge:1»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 2
BridgeVideoSourceMode: none
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»

@1.689
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BLINDTRANSFER
Value: 

@1.689
Event: VarSet
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «target»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: Local/«did»@from-pstn-«local:0»;2

@1.689
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: Local/«target»@agents-«local:2»;1

@500.374
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 12
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «target»
Application: Wait
AppData: «p:talk:target»

% segment targetHangup after=talk:target+505.132
@0.000
Event: Newexten
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 13
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «target»
Application: Hangup
AppData: 

@0.000
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: agents
Channel: Local/«target»@agents-«local:2»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:5»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":16,"hangupsource":"dialplan/builtin","dialstatus":""}

@0.000
Event: SoftHangupRequest
Privilege: call,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 13
Uniqueid: «uid:5»
Linkedid: «uid:0»
Cause: 16

@0.000
Event: HangupRequest
Privilege: call,all
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «target»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
Cause: 16

@0.000
Event: Hangup
Privilege: call,all
Channel: Local/«target»@agents-«local:2»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «target»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «target»
Priority: 13
Uniqueid: «uid:5»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@0.000
Event: VarSet
Privilege: dialplan,all
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «target»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: 

@0.000
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: 

@0.000
Event: BridgeLeave
Privilege: call,all
BridgeUniqueid: «bridge:1»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 1
BridgeVideoSourceMode: none
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «target»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»

@0.000
Event: Hangup
Privilege: call,all
Channel: Local/«target»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «target»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: 
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@0.000
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «target»
DestinationContext: agents
CallerID: "" <«caller»>
Channel: Local/«target»@agents-«local:2»;2
DestinationChannel: 
LastApplication: Hangup
LastData: 
StartTime: «date:transfer:0.896»
AnswerTime: «date:targetAnswer:0»
EndTime: «date»
Duration: «s:transfer:8.294»
BillableSeconds: «s:targetAnswer:5.132»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:5»
UserField: 

@1.320
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: agents
Channel: Local/«target»@agents-«local:2»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:5»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@1.320
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «target»
DestinationContext: internal
CallerID: "" <«caller»>
Channel: Local/«did»@from-pstn-«local:0»;2
DestinationChannel: Local/«agent»@agents-«local:1»;1
LastApplication: Dial
LastData: Local/«agent»@agents/n,30,t
StartTime: «date:setup:0.439»
AnswerTime: «date:answer:0»
EndTime: «date:transfer:0.896»
Duration: «s:targetAnswer:-993.548»
BillableSeconds: «s:targetAnswer:1006.452»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
UserField: 

@1.320
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «target»
DestinationContext: internal
CallerID: "" <«caller»>
Channel: Local/«did»@from-pstn-«local:0»;2
DestinationChannel: Local/«target»@agents-«local:2»;1
LastApplication: Dial
LastData: Local/«target»@agents/n,30,t
StartTime: «date:transfer:0.896»
AnswerTime: «date:transfer:0.896»
EndTime: «date»
Duration: «s:transfer:9.614»
BillableSeconds: «s:transfer:9.614»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
UserField: 

@1.320
Event: CEL
Privilege: call,all
EventName: BRIDGE_EXIT
AccountCode: 
CallerIDnum: «target»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: agents
Channel: Local/«target»@agents-«local:2»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:4»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"bridge_id":"«bridge:1»","bridge_technology":"simple_bridge"}

@1.320
Event: BridgeLeave
Privilege: call,all
BridgeUniqueid: «bridge:1»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»

@1.320
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «target»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: agents
Channel: Local/«target»@agents-«local:2»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:4»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":16,"hangupsource":"","dialstatus":""}

@1.320
Event: BridgeDestroy
Privilege: call,all
BridgeUniqueid: «bridge:1»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@1.320
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «target»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: agents
Channel: Local/«target»@agents-«local:2»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:4»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@1.320
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: ANSWEREDTIME
Value: «s:answer:11.637»

@1.320
Event: CEL
Privilege: call,all
EventName: BRIDGE_EXIT
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: internal
Channel: Local/«did»@from-pstn-«local:0»;2
Application: Dial
AppData: Local/«target»@agents/n,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"bridge_id":"«bridge:1»","bridge_technology":"simple_bridge"}

@1.320
Event: CEL
Privilege: call,all
EventName: APP_END
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: internal
Channel: Local/«did»@from-pstn-«local:0»;2
Application: Dial
AppData: Local/«target»@agents/n,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@1.320
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: internal
Channel: Local/«did»@from-pstn-«local:0»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":16,"hangupsource":"","dialstatus":"ANSWER"}

@1.320
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «target»
Context: internal
Channel: Local/«did»@from-pstn-«local:0»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@2.289
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: ANSWEREDTIME_MS
Value: «ms:answer:3.606»

@2.289
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDTIME
Value: «s:setup:17.583»

@2.289
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDTIME_MS
Value: «ms:setup:3.583»

@2.289
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALSTATUS
Value: ANSWER

@2.289
Event: SoftHangupRequest
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 16

@2.289
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: CHANLOCALSTATUS
Value: ANSWER

@2.289
Event: HangupRequest
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»
Cause: 16

@2.289
Event: Hangup
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: internal
Exten: «target»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@2.289
Event: DeviceStateChange
Privilege: call,all
Device: Local/«target»@agents
State: NOT_INUSE

@2.289
Event: DeviceStateChange
Privilege: call,all
Device: Local/«target»@agents
State: NOT_INUSE

@2.289
Event: Hangup
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@2.289
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: «caller»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «did»
Context: from-pstn
Channel: Local/«did»@from-pstn-«local:0»;1
Application: AppDial2
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":16,"hangupsource":"","dialstatus":""}

@2.289
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

@2.289
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

@2.289
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: «caller»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «did»
Context: from-pstn
Channel: Local/«did»@from-pstn-«local:0»;1
Application: AppDial2
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@2.289
Event: CEL
Privilege: call,all
EventName: LINKEDID_END
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: «caller»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «did»
Context: from-pstn
Channel: Local/«did»@from-pstn-«local:0»;1
Application: AppDial2
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@2.289
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «did»
DestinationContext: from-pstn
CallerID: "" <«caller»>
Channel: Local/«did»@from-pstn-«local:0»;1
DestinationChannel: 
LastApplication: Wait
LastData: «p:callerWait»
StartTime: «date:setup:0.439»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:17.583»
BillableSeconds: «s:answer:12.606»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
UserField: 

