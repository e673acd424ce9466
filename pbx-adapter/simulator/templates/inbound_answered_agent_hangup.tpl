% template inbound_answered_agent_hangup
% var __AGENT_RING=«p:ring:agent»
% var __AGENT_TALK=«p:talk:agent»
% segment setup
@1.732
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

@2.023
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

@2.023
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

@2.177
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

@2.177 vars=set:0-2/2
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

@2.177
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

@2.527
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

@2.653
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

@3.248 vars=inherit:0-2/2
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

@3.480
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

@3.480
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

@3.480
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

@3.480
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

@3.480
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

@3.480
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

@3.480
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

@3.480
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

@3.480
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

@3.480
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

@3.480
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

@4.122
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

@4.269
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

@4.269
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

@4.269
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

@4.514
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

@4.514
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

@4.514
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

@4.860
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

@5.019
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

@5.229
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

@5.321
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

@5.321
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

@5.321 vars=inherit:0-2/2
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

@6.085
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

@6.085
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

@6.329
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

@6.329
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

@6.329 vars=inherit:0-2/2
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

@6.329
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

@6.329
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

@6.329
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

@6.937
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
DestChannelState: 0
DestChannelStateDesc: Down
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

@6.937
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

@7.165
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

@7.165
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

@7.548
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

@7.548
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

@7.924
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

@7.924
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
AppData: TALK=

@8.103
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
Value: 

@8.103
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
AppData: 1?Set(TALK=«p:talk:agent»)

@8.103
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
Priority: 6
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: TALK
Value: «p:talk:agent»

@8.103
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

@8.552
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

@8.552
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

@8.743
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

@8.743
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

@9.141
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

@9.141
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
Value: «s:setup:-490.859»

@9.324
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
Value: «ms:setup:5.324»

@9.324
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

@9.324
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: INUSE

@9.324
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

@9.324
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

% segment answer after=ring:agent+10.429
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

@1.436
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

@1.705
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

@1.705
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

@1.705
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

@1.705
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

@1.705
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

@1.705
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

@1.705
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: INUSE

@1.705
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: INUSE

@1.705
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

@1.705
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

@1.705
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

@1.705
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

@1.705
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

@1.705
Event: BridgeCreate
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@1.705
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

@1.705
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

@1.705
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

@1.705
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

@2.559
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

@2.559
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@2.559
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@2.559
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

@2.559
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

@2.559
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

@2.559
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

@501.398
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

% segment agentHangup after=talk:agent+506.614
@0.000
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
Priority: 13
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «agent»
Application: Hangup
AppData: 

@0.394
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
Priority: 13
Uniqueid: «uid:3»
Linkedid: «uid:0»
Cause: 16

@1.173
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
Extra: {"hangupcause":16,"hangupsource":"dialplan/builtin","dialstatus":""}

@1.173
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

@1.173
Event: HangupRequest
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

@1.173
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
Priority: 13
Uniqueid: «uid:3»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@1.173
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

@1.173
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

@1.173
Event: BridgeLeave
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

@1.173
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

@1.173
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
Peer: Local/«did»@from-pstn-«local:0»;2
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@1.173
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

@1.173
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

@1.173
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «agent»
DestinationContext: agents
CallerID: "" <«caller»>
Channel: Local/«agent»@agents-«local:1»;2
DestinationChannel: 
LastApplication: Hangup
LastData: 
StartTime: «date:setup:1.732»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:18.216»
BillableSeconds: «s:answer:7.787»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
UserField: 

@1.173
Event: BridgeLeave
Privilege: call,all
BridgeUniqueid: «bridge:0»
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
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»

@2.290
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
Variable: ANSWEREDTIME
Value: «s:answer:8.904»

@2.290
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
Variable: ANSWEREDTIME_MS
Value: «ms:answer:2.904»

@2.290
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
Variable: DIALEDTIME
Value: «s:setup:19.333»

@2.290
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
Variable: DIALEDTIME_MS
Value: «ms:setup:3.333»

@2.290
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
Variable: DIALSTATUS
Value: ANSWER

@2.290
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
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 16

@2.290
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

@2.290
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

@2.290
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
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@2.290
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «did»
DestinationContext: from-pstn
CallerID: "" <«caller»>
Channel: Local/«did»@from-pstn-«local:0»;2
DestinationChannel: Local/«agent»@agents-«local:1»;1
LastApplication: Dial
LastData: Local/«agent»@agents/n,30,t
StartTime: «date:setup:1.732»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:19.333»
BillableSeconds: «s:answer:8.904»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
UserField: 

@2.290
Event: CEL
Privilege: call,all
EventName: BRIDGE_EXIT
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
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@2.290
Event: CEL
Privilege: call,all
EventName: APP_END
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

@2.290
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «caller»
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
Extra: {"hangupcause":16,"hangupsource":"","dialstatus":"ANSWER"}

@2.290
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «caller»
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

@2.290
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: NOT_INUSE

@2.290
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: NOT_INUSE

@2.290
Event: BridgeDestroy
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@2.290
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

@2.290
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

@3.682
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

@3.682
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
StartTime: «date:setup:1.732»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:20.725»
BillableSeconds: «s:answer:10.296»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
UserField: 

@3.682
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

@3.682
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

@3.682
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

