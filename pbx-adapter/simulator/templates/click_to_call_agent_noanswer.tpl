% template click_to_call_agent_noanswer
% var __AGENT_RING=never
% segment setup
@0.667
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

@0.790
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

@0.934
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

@1.583
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

@1.583 vars=set:0-1/1
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

@1.583
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

@1.822
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

@1.822 vars=inherit:0-1/1
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

@1.822
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

@1.822
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

@1.822
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

@1.822
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

@1.822
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

@1.822
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

@1.822
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

@1.822
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
AppData: 1?Set(RING=never)

@1.822
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
Value: never

@1.822
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

@1.822
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

@1.822
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

@1.822
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

@1.822
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
AppData: 1?Set(TALK=)

@1.822
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
Value: 

@1.822
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
AppData: 1?Set(TALK=5)

@1.822
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
Priority: 7
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: TALK
Value: 5

@1.822
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

@1.822
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

@1.822
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
AppData: 1?noanswer

@1.822
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
Priority: 14
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «agent»
Application: Wait
AppData: 300

@2.377
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

@2.377
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: INUSE

% segment timeout after=originateTimeout+9.999
@0.000
Event: HangupRequest
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
Priority: 14
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 19

@0.000
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «customer»
Destination: «agent»
DestinationContext: agents
CallerID: "«cidName»" <«customer»>
Channel: Local/«agent»@agents-«local:0»;1
DestinationChannel: 
LastApplication: AppDial2
LastData: (Outgoing Line)
StartTime: «date:setup:0.667»
AnswerTime: 
EndTime: «date»
Duration: «s:setup:-490.001»
BillableSeconds: «s:timeout:-500»
Disposition: NO ANSWER
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
UserField: 

@0.575
Event: CEL
Privilege: call,all
EventName: HANGUP
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
Extra: {"hangupcause":19,"hangupsource":"","dialstatus":""}

@0.575
Event: CEL
Privilege: call,all
EventName: CHAN_END
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

@0.575
Event: Hangup
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
Cause: 19
Cause-txt: User alerting, no answer

@0.575
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: NOT_INUSE

@0.575
Event: OriginateResponse
Privilege: call,all
ActionID: «action»
Response: Failure
Channel: Local/«agent»@agents/n
Context: outbound
Exten: «customer»
Reason: 3
Uniqueid: <unknown>
CallerIDNum: «customer»
CallerIDName: «cidName»

@0.575
Event: SoftHangupRequest
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
Priority: 14
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 16

@0.575
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
LastData: 300
StartTime: «date:setup:0.667»
AnswerTime: 
EndTime: «date»
Duration: «s:setup:-489.426»
BillableSeconds: «s:timeout:-499.425»
Disposition: NO ANSWER
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
UserField: 

@0.575
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
Extra: {"hangupcause":19,"hangupsource":"","dialstatus":""}

@0.575
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

@0.575
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

@1.471
Event: Hangup
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
Priority: 14
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 19
Cause-txt: User alerting, no answer

@1.626
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: NOT_INUSE

