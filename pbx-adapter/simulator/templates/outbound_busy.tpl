% template outbound_busy
% var __AGENT_RING=«p:ring:agent»
% var __AGENT_TALK=«p:talk:agent»
% segment setup
@0.239
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
Channel: Local/«agent»@agents-«local:0»;1
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

@0.426
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
Channel: Local/«agent»@agents-«local:0»;2
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

@0.756
Event: Newchannel
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;1
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
Uniqueid: «uid:0»
Linkedid: «uid:0»

@1.265
Event: Newchannel
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;2
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
Uniqueid: «uid:1»
Linkedid: «uid:0»

@1.415
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
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
Uniqueid: «uid:0»
Linkedid: «uid:0»
Extension: «agent»
Application: AppDial2
AppData: (Outgoing Line)

@1.662 vars=set:0-2/2
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
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
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@1.662
Event: NewCallerid
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@1.662
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»

@1.662 vars=inherit:0-2/2
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
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
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@1.662
Event: NewCallerid
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@1.662
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»

@1.662
Event: LocalBridge
Privilege: call,all
LocalOneChannel: Local/«agent»@agents-«local:0»;1
LocalOneChannelState: 0
LocalOneChannelStateDesc: Down
LocalOneCallerIDNum: «customer»
LocalOneCallerIDName: «cidName»
LocalOneConnectedLineNum: «customer»
LocalOneConnectedLineName: «cidName»
LocalOneLanguage: en
LocalOneAccountCode: 
LocalOneContext: agents
LocalOneExten: «agent»
LocalOnePriority: 1
LocalOneUniqueid: «uid:0»
LocalOneLinkedid: «uid:0»
LocalTwoChannel: Local/«agent»@agents-«local:0»;2
LocalTwoChannelState: 4
LocalTwoChannelStateDesc: Ring
LocalTwoCallerIDNum: «customer»
LocalTwoCallerIDName: «cidName»
LocalTwoConnectedLineNum: «customer»
LocalTwoConnectedLineName: «cidName»
LocalTwoLanguage: en
LocalTwoAccountCode: 
LocalTwoContext: agents
LocalTwoExten: «agent»
LocalTwoPriority: 1
LocalTwoUniqueid: «uid:1»
LocalTwoLinkedid: «uid:0»
Context: agents
Exten: «agent»
LocalOptimization: No

@1.662
Event: DialBegin
Privilege: call,all
DestChannel: Local/«agent»@agents-«local:0»;1
DestChannelState: 0
DestChannelStateDesc: Down
DestCallerIDNum: «customer»
DestCallerIDName: «cidName»
DestConnectedLineNum: «customer»
DestConnectedLineName: «cidName»
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «agent»
DestPriority: 1
DestUniqueid: «uid:0»
DestLinkedid: «uid:0»
DialString: «agent»@agents/n

@2.943
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «agent»
Application: NoOp
AppData: Simulated agent phone «agent»

@2.943
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «agent»
Application: Set
AppData: RING=

@2.943
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RING
Value: 

@2.943
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 3
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «agent»
Application: ExecIf
AppData: 1?Set(RING=«p:ring:agent»)

@2.943
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 3
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RING
Value: «p:ring:agent»

@2.943
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 4
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «agent»
Application: ExecIf
AppData: 0?Set(RING=3)

@2.943
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 5
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «agent»
Application: Set
AppData: TALK=

@3.823
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 5
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: TALK
Value: 

@3.823
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 6
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «agent»
Application: ExecIf
AppData: 1?Set(TALK=«p:talk:agent»)

@3.823
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 6
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: TALK
Value: «p:talk:agent»

@3.823
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 7
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «agent»
Application: ExecIf
AppData: 0?Set(TALK=5)

@3.823
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 8
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «agent»
Application: Ringing
AppData: 

@3.823
Event: Newstate
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»

@4.251
Event: DialState
Privilege: call,all
DestChannel: Local/«agent»@agents-«local:0»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «customer»
DestCallerIDName: «cidName»
DestConnectedLineNum: «customer»
DestConnectedLineName: «cidName»
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «agent»
DestPriority: 1
DestUniqueid: «uid:0»
DestLinkedid: «uid:0»
DialStatus: RINGING

@4.251
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: INUSE

@4.251
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 9
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «agent»
Application: GotoIf
AppData: 0?noanswer

@4.251
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 10
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «agent»
Application: Wait
AppData: «p:ring:agent»

% segment agentAnswer after=ring:agent+10.576
@0.000
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 11
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «agent»
Application: Answer
AppData: 

@0.000
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «customer»
CallerIDname: «cidName»
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «agent»
Context: agents
Channel: Local/«agent»@agents-«local:0»;2
Application: Answer
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.000
Event: Newstate
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 11
Uniqueid: «uid:1»
Linkedid: «uid:0»

@0.000
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «customer»
CallerIDname: «cidName»
CallerIDani: «customer»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «agent»
Context: agents
Channel: Local/«agent»@agents-«local:0»;1
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

@0.000
Event: Newstate
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»

@0.000
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: INUSE

@0.000
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: INUSE

@0.000
Event: DialEnd
Privilege: call,all
DestChannel: Local/«agent»@agents-«local:0»;1
DestChannelState: 6
DestChannelStateDesc: Up
DestCallerIDNum: «customer»
DestCallerIDName: «cidName»
DestConnectedLineNum: «customer»
DestConnectedLineName: «cidName»
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «agent»
DestPriority: 1
DestUniqueid: «uid:0»
DestLinkedid: «uid:0»
DialStatus: ANSWER

@0.000
Event: OriginateResponse
Privilege: call,all
ActionID: «action»
Response: Success
Channel: Local/«agent»@agents-«local:0»;1
Context: outbound
Exten: «customer»
Reason: 4
Uniqueid: «uid:0»
CallerIDNum: «customer»
CallerIDName: «cidName»

@0.000
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»
Extension: «customer»
Application: NoOp
AppData: Click-to-call: agent «customer» -> «customer»

@0.000
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 2
Uniqueid: «uid:0»
Linkedid: «uid:0»
Extension: «customer»
Application: Set
AppData: CALLERID(all)="Company" <«companyCid»>

@0.000
Event: NewCallerid
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 2
Uniqueid: «uid:0»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@0.000
Event: CEL
Privilege: call,all
EventName: APP_START
AccountCode: 
CallerIDnum: «companyCid»
CallerIDname: Company
CallerIDani: «customer»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: outbound
Channel: Local/«agent»@agents-«local:0»;1
Application: Dial
AppData: Local/«customer»@pstn-out/n,30
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.000
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Extension: «customer»
Application: Dial
AppData: Local/«customer»@pstn-out/n,30

@0.000
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: DIALSTATUS
Value: 

@0.000
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: 

@0.000
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: DIALEDPEERNAME
Value: 

@0.000
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: ANSWEREDTIME
Value: 

@0.721
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: ANSWEREDTIME_MS
Value: 

@0.721
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: DIALEDTIME
Value: 

@0.721
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: DIALEDTIME_MS
Value: 

@0.721
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: RINGTIME
Value: 

@0.721
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: RINGTIME_MS
Value: 

@0.721
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: PROGRESSTIME
Value: 

@0.721
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: PROGRESSTIME_MS
Value: 

@0.721
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: 
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: pstn-out
Channel: Local/«customer»@pstn-out-«local:1»;1
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

@0.721
Event: Newchannel
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@0.721
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: 
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: pstn-out
Channel: Local/«customer»@pstn-out-«local:1»;2
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

@0.721
Event: Newchannel
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»

@0.721
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «customer»@pstn-out/n

@0.721 vars=inherit:0-2/2
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@0.721
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «customer»
Application: AppDial
AppData: (Outgoing Line)

@0.721
Event: NewCallerid
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@0.721
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@0.721
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «customer»@pstn-out/n

@0.721 vars=inherit:0-2/2
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@0.721
Event: NewCallerid
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@0.721
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»

@0.721
Event: LocalBridge
Privilege: call,all
LocalOneChannel: Local/«customer»@pstn-out-«local:1»;1
LocalOneChannelState: 0
LocalOneChannelStateDesc: Down
LocalOneCallerIDNum: «customer»
LocalOneCallerIDName: «cidName»
LocalOneConnectedLineNum: «companyCid»
LocalOneConnectedLineName: Company
LocalOneLanguage: en
LocalOneAccountCode: 
LocalOneContext: pstn-out
LocalOneExten: «customer»
LocalOnePriority: 1
LocalOneUniqueid: «uid:2»
LocalOneLinkedid: «uid:0»
LocalTwoChannel: Local/«customer»@pstn-out-«local:1»;2
LocalTwoChannelState: 4
LocalTwoChannelStateDesc: Ring
LocalTwoCallerIDNum: «companyCid»
LocalTwoCallerIDName: Company
LocalTwoConnectedLineNum: «customer»
LocalTwoConnectedLineName: «cidName»
LocalTwoLanguage: en
LocalTwoAccountCode: 
LocalTwoContext: pstn-out
LocalTwoExten: «customer»
LocalTwoPriority: 1
LocalTwoUniqueid: «uid:3»
LocalTwoLinkedid: «uid:0»
Context: pstn-out
Exten: «customer»
LocalOptimization: No

@0.721
Event: DialBegin
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
DestChannel: Local/«customer»@pstn-out-«local:1»;1
DestChannelState: 0
DestChannelStateDesc: Down
DestCallerIDNum: «customer»
DestCallerIDName: «cidName»
DestConnectedLineNum: «companyCid»
DestConnectedLineName: Company
DestLanguage: en
DestAccountCode: 
DestContext: pstn-out
DestExten: «customer»
DestPriority: 1
DestUniqueid: «uid:2»
DestLinkedid: «uid:0»
DialString: «customer»@pstn-out/n

@0.721
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «customer»
Application: NoOp
AppData: Simulated PSTN: «customer» is busy

@0.721
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 2
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «customer»
Application: Wait
AppData: 1

@498.152
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 12
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «agent»
Application: Wait
AppData: «p:talk:agent»

@1001.407
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «companyCid»
CallerIDname: Company
CallerIDani: «customer»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: pstn-out
Channel: Local/«customer»@pstn-out-«local:1»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":17,"hangupsource":"dialplan/builtin","dialstatus":""}

@1001.407
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «companyCid»
CallerIDname: Company
CallerIDani: «customer»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: pstn-out
Channel: Local/«customer»@pstn-out-«local:1»;2
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

@1001.902
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «companyCid»
Destination: «customer»
DestinationContext: pstn-out
CallerID: "Company" <«companyCid»>
Channel: Local/«customer»@pstn-out-«local:1»;2
DestinationChannel: 
LastApplication: Hangup
LastData: 17
StartTime: «date:agentAnswer:0»
AnswerTime: 
EndTime: «date»
Duration: «s:agentAnswer:-498.098»
BillableSeconds: «s:agentAnswer:501.902»
Disposition: BUSY
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
UserField: 

@1001.902
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 3
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «customer»
Application: Hangup
AppData: 17

@1001.902
Event: SoftHangupRequest
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 3
Uniqueid: «uid:3»
Linkedid: «uid:0»
Cause: 16

@1001.902
Event: HangupRequest
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Cause: 17

@1001.902
Event: Hangup
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 3
Uniqueid: «uid:3»
Linkedid: «uid:0»
Cause: 17
Cause-txt: User busy

@1003.277
Event: DialEnd
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
DestChannel: Local/«customer»@pstn-out-«local:1»;1
DestChannelState: 0
DestChannelStateDesc: Down
DestCallerIDNum: «customer»
DestCallerIDName: «cidName»
DestConnectedLineNum: «companyCid»
DestConnectedLineName: Company
DestLanguage: en
DestAccountCode: 
DestContext: pstn-out
DestExten: «customer»
DestPriority: 1
DestUniqueid: «uid:2»
DestLinkedid: «uid:0»
DialStatus: BUSY

@1003.277
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «customer»
CallerIDname: «cidName»
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: pstn-out
Channel: Local/«customer»@pstn-out-«local:1»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":17,"hangupsource":"","dialstatus":""}

@1003.277
Event: DeviceStateChange
Privilege: call,all
Device: Local/«customer»@pstn-out
State: NOT_INUSE

@1003.277
Event: Hangup
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Cause: 17
Cause-txt: User busy

@1003.277
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «customer»
CallerIDname: «cidName»
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: pstn-out
Channel: Local/«customer»@pstn-out-«local:1»;1
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

@1003.277
Event: VarSet
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: DIALSTATUS
Value: BUSY

@1003.277
Event: DeviceStateChange
Privilege: call,all
Device: Local/«customer»@pstn-out
State: NOT_INUSE

@1003.277
Event: CEL
Privilege: call,all
EventName: APP_END
AccountCode: 
CallerIDnum: «companyCid»
CallerIDname: Company
CallerIDani: «customer»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: outbound
Channel: Local/«agent»@agents-«local:0»;1
Application: Dial
AppData: Local/«customer»@pstn-out/n,30
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@1003.277
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 4
Uniqueid: «uid:0»
Linkedid: «uid:0»
Extension: «customer»
Application: NoOp
AppData: Outbound dial finished: DIALSTATUS=BUSY HANGUPCAUSE=17

@1003.277
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 5
Uniqueid: «uid:0»
Linkedid: «uid:0»
Extension: «customer»
Application: GotoIf
AppData: 1?busy

@1003.277
Event: Newexten
Privilege: dialplan,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 7
Uniqueid: «uid:0»
Linkedid: «uid:0»
Extension: «customer»
Application: Busy
AppData: 2

@3007.260
Event: SoftHangupRequest
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 7
Uniqueid: «uid:0»
Linkedid: «uid:0»
Cause: 16

@3007.260
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «companyCid»
Destination: «customer»
DestinationContext: outbound
CallerID: "Company" <«companyCid»>
Channel: Local/«agent»@agents-«local:0»;1
DestinationChannel: Local/«customer»@pstn-out-«local:1»;1
LastApplication: Dial
LastData: Local/«customer»@pstn-out/n,30
StartTime: «date:setup:0.239»
AnswerTime: «date:agentAnswer:0»
EndTime: «date:agentAnswer:498.152»
Duration: «s:agentAnswer:-492.74»
BillableSeconds: «s:agentAnswer:1507.26»
Disposition: BUSY
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
UserField: 

@3007.260
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «companyCid»
CallerIDname: Company
CallerIDani: «customer»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: outbound
Channel: Local/«agent»@agents-«local:0»;1
Application: AppDial2
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":17,"hangupsource":"","dialstatus":"BUSY"}

@3007.260
Event: HangupRequest
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 12
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 17

@3007.260
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «companyCid»
Destination: «customer»
DestinationContext: outbound
CallerID: "Company" <«companyCid»>
Channel: Local/«agent»@agents-«local:0»;1
DestinationChannel: 
LastApplication: Busy
LastData: 2
StartTime: «date:agentAnswer:498.152»
AnswerTime: «date:agentAnswer:498.152»
EndTime: «date»
Duration: «s:agentAnswer:507.26»
BillableSeconds: «s:agentAnswer:507.26»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
UserField: 

@3007.260
Event: SoftHangupRequest
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 12
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 16

@3007.260
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «customer»
Destination: «agent»
DestinationContext: agents
CallerID: "«cidName»" <«customer»>
Channel: Local/«agent»@agents-«local:0»;2
DestinationChannel: 
LastApplication: Wait
LastData: «p:talk:agent»
StartTime: «date:setup:0.239»
AnswerTime: «date:agentAnswer:0»
EndTime: «date»
Duration: «s:setup:-482.164»
BillableSeconds: «s:agentAnswer:-492.74»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
UserField: 

@3007.260
Event: Hangup
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: agents
Exten: «agent»
Priority: 12
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 17
Cause-txt: User busy

@3007.260
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: NOT_INUSE

@3007.260
Event: Hangup
Privilege: call,all
Channel: Local/«agent»@agents-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: outbound
Exten: «customer»
Priority: 7
Uniqueid: «uid:0»
Linkedid: «uid:0»
Cause: 17
Cause-txt: User busy

@3007.260
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: NOT_INUSE

@3007.260
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «companyCid»
CallerIDname: Company
CallerIDani: «customer»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: outbound
Channel: Local/«agent»@agents-«local:0»;1
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

@3007.260
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «customer»
CallerIDname: «cidName»
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «agent»
Context: agents
Channel: Local/«agent»@agents-«local:0»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":17,"hangupsource":"","dialstatus":""}

@3007.260
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «customer»
CallerIDname: «cidName»
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «agent»
Context: agents
Channel: Local/«agent»@agents-«local:0»;2
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

@3007.260
Event: CEL
Privilege: call,all
EventName: LINKEDID_END
AccountCode: 
CallerIDnum: «customer»
CallerIDname: «cidName»
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «agent»
Context: agents
Channel: Local/«agent»@agents-«local:0»;2
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

