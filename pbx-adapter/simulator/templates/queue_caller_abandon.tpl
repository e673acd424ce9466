% template queue_caller_abandon
% var __AGENT_RING_«member1»=never
% var __AGENT_RING_«member2»=never
% segment setup
@0.195
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

@0.531
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

@0.531
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
Application: Queue
AppData: «queue»,rt,,,60
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.933
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: 
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «member1»
Context: agents
Channel: Local/«member1»@agents-«local:1»;1
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

@1.142
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: 
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «member1»
Context: agents
Channel: Local/«member1»@agents-«local:1»;2
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

@1.142
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: 
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «member2»
Context: agents
Channel: Local/«member2»@agents-«local:2»;1
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

@1.142
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: 
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «member2»
Context: agents
Channel: Local/«member2»@agents-«local:2»;2
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

@1.635
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

@1.635
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

@1.635
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

@1.635 vars=set:0-2/2
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

@1.635
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

@1.635
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

@1.635 vars=inherit:0-2/2
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

@1.635
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

@1.635
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

@1.635
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

@1.635
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

@1.635
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

@1.635
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
Application: Queue
AppData: «queue»,rt,,,60

@1.635
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

@1.635
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

@1.635
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

@1.635
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

@1.635
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
Variable: QUEUEWAIT
Value: 

@1.635
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
Variable: QUEUEWAIT_MS
Value: 

@1.635
Event: DeviceStateChange
Privilege: call,all
Device: Queue:«queue»
State: RINGING

@1.635
Event: QueueCallerJoin
Privilege: agent,all
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
Queue: «queue»
Position: 1
Count: 1

@1.635
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

@1.635
Event: Newchannel
Privilege: call,all
Channel: Local/«member1»@agents-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@1.635
Event: Newchannel
Privilege: call,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»

@1.635
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «member1»
Application: AppQueue
AppData: (Outgoing Line)

@1.635
Event: NewCallerid
Privilege: call,all
Channel: Local/«member1»@agents-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@2.713 vars=inherit:0-2/2
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@2.713
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «member1»@agents/n

@2.713
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «member1»@agents/n

@2.713 vars=inherit:0-2/2
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@2.713
Event: NewCallerid
Privilege: call,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@2.713
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»

@3.618
Event: LocalBridge
Privilege: call,all
LocalOneChannel: Local/«member1»@agents-«local:1»;1
LocalOneChannelState: 0
LocalOneChannelStateDesc: Down
LocalOneCallerIDNum: «caller»
LocalOneCallerIDName: <unknown>
LocalOneConnectedLineNum: <unknown>
LocalOneConnectedLineName: <unknown>
LocalOneLanguage: en
LocalOneAccountCode: 
LocalOneContext: agents
LocalOneExten: «member1»
LocalOnePriority: 1
LocalOneUniqueid: «uid:2»
LocalOneLinkedid: «uid:0»
LocalTwoChannel: Local/«member1»@agents-«local:1»;2
LocalTwoChannelState: 4
LocalTwoChannelStateDesc: Ring
LocalTwoCallerIDNum: «caller»
LocalTwoCallerIDName: <unknown>
LocalTwoConnectedLineNum: «caller»
LocalTwoConnectedLineName: <unknown>
LocalTwoLanguage: en
LocalTwoAccountCode: 
LocalTwoContext: agents
LocalTwoExten: «member1»
LocalTwoPriority: 1
LocalTwoUniqueid: «uid:3»
LocalTwoLinkedid: «uid:0»
Context: agents
Exten: «member1»
LocalOptimization: No

@3.618
Event: AgentCalled
Privilege: agent,all
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
DestChannel: Local/«member1»@agents-«local:1»;1
DestChannelState: 0
DestChannelStateDesc: Down
DestCallerIDNum: «caller»
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
Queue: «queue»
Interface: Local/«member1»@agents/n
MemberName: Agent «member1»

@3.618
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
DestChannel: Local/«member1»@agents-«local:1»;1
DestChannelState: 0
DestChannelStateDesc: Down
DestCallerIDNum: «caller»
DestCallerIDName: <unknown>
DestConnectedLineNum: <unknown>
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «member1»
DestPriority: 1
DestUniqueid: «uid:2»
DestLinkedid: «uid:0»
DialString: Local/«member1»@agents/n

@3.618
Event: Newchannel
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»

@3.618
Event: Newchannel
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 1
Uniqueid: «uid:5»
Linkedid: «uid:0»

@3.618
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
Extension: «member2»
Application: AppQueue
AppData: (Outgoing Line)

@3.618
Event: NewCallerid
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@3.618 vars=inherit:0-2/2
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@3.618
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «member2»@agents/n

@3.618
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 1
Uniqueid: «uid:5»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «member2»@agents/n

@3.618 vars=inherit:0-2/2
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: <unknown>
CallerIDName: <unknown>
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 1
Uniqueid: «uid:5»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@3.618
Event: NewCallerid
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 1
Uniqueid: «uid:5»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@3.618
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 1
Uniqueid: «uid:5»
Linkedid: «uid:0»

@3.618
Event: LocalBridge
Privilege: call,all
LocalOneChannel: Local/«member2»@agents-«local:2»;1
LocalOneChannelState: 0
LocalOneChannelStateDesc: Down
LocalOneCallerIDNum: «caller»
LocalOneCallerIDName: <unknown>
LocalOneConnectedLineNum: <unknown>
LocalOneConnectedLineName: <unknown>
LocalOneLanguage: en
LocalOneAccountCode: 
LocalOneContext: agents
LocalOneExten: «member2»
LocalOnePriority: 1
LocalOneUniqueid: «uid:4»
LocalOneLinkedid: «uid:0»
LocalTwoChannel: Local/«member2»@agents-«local:2»;2
LocalTwoChannelState: 4
LocalTwoChannelStateDesc: Ring
LocalTwoCallerIDNum: «caller»
LocalTwoCallerIDName: <unknown>
LocalTwoConnectedLineNum: «caller»
LocalTwoConnectedLineName: <unknown>
LocalTwoLanguage: en
LocalTwoAccountCode: 
LocalTwoContext: agents
LocalTwoExten: «member2»
LocalTwoPriority: 1
LocalTwoUniqueid: «uid:5»
LocalTwoLinkedid: «uid:0»
Context: agents
Exten: «member2»
LocalOptimization: No

@3.618
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «member1»
Application: NoOp
AppData: Simulated agent phone «member1»

@3.618
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 2
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «member1»
Application: Set
AppData: RING=never

@3.618
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 2
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: RING
Value: never

@3.618
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 3
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «member1»
Application: ExecIf
AppData: 0?Set(RING=)

@3.618
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 4
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «member1»
Application: ExecIf
AppData: 0?Set(RING=3)

@3.618
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 5
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «member1»
Application: Set
AppData: TALK=

@3.618
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 5
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: TALK
Value: 

@3.618
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 6
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «member1»
Application: ExecIf
AppData: 1?Set(TALK=)

@3.618
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 6
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: TALK
Value: 

@3.618
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 7
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «member1»
Application: ExecIf
AppData: 1?Set(TALK=5)

@3.618
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 7
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: TALK
Value: 5

@3.618
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 8
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «member1»
Application: Ringing
AppData: 

@3.618
Event: Newstate
Privilege: call,all
Channel: Local/«member1»@agents-«local:1»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «caller»
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

@3.618
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «caller»
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
Application: AppQueue
AppData: (Outgoing Line)

@3.618
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«member1»@agents-«local:1»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «caller»
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

@3.618
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 9
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «member1»
Application: GotoIf
AppData: 1?noanswer

@3.618
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 14
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «member1»
Application: Wait
AppData: 300

@3.618
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

@3.618
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 1
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: NoOp
AppData: Simulated agent phone «member2»

@5.017
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 2
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: Set
AppData: RING=never

@5.017
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 2
Uniqueid: «uid:5»
Linkedid: «uid:0»
Variable: RING
Value: never

@5.017
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 3
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: ExecIf
AppData: 0?Set(RING=)

@5.017
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 4
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: ExecIf
AppData: 0?Set(RING=3)

@5.017
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 5
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: Set
AppData: TALK=

@5.017
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 5
Uniqueid: «uid:5»
Linkedid: «uid:0»
Variable: TALK
Value: 

@5.017
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 6
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: ExecIf
AppData: 1?Set(TALK=)

@5.017
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 6
Uniqueid: «uid:5»
Linkedid: «uid:0»
Variable: TALK
Value: 

@5.017
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 7
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: ExecIf
AppData: 1?Set(TALK=5)

@5.017
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 7
Uniqueid: «uid:5»
Linkedid: «uid:0»
Variable: TALK
Value: 5

@5.017
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 8
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: Ringing
AppData: 

@5.017
Event: Newstate
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «did»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»

@5.017
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «did»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
Extension: «did»
Application: AppQueue
AppData: (Outgoing Line)

@5.017
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «did»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»

@5.017
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 9
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: GotoIf
AppData: 1?noanswer

@5.017
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 14
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: Wait
AppData: 300

@5.017
Event: AgentCalled
Privilege: agent,all
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
DestChannel: Local/«member2»@agents-«local:2»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «caller»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «did»
DestPriority: 1
DestUniqueid: «uid:4»
DestLinkedid: «uid:0»
Queue: «queue»
Interface: Local/«member2»@agents/n
MemberName: Agent «member2»

@5.017
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
DestChannel: Local/«member2»@agents-«local:2»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «caller»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «did»
DestPriority: 1
DestUniqueid: «uid:4»
DestLinkedid: «uid:0»
DialString: Local/«member2»@agents/n

@5.017
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
DestChannel: Local/«member2»@agents-«local:2»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «caller»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «did»
DestPriority: 1
DestUniqueid: «uid:4»
DestLinkedid: «uid:0»
DialStatus: RINGING

@5.017
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
DestChannel: Local/«member1»@agents-«local:1»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «caller»
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

@5.017
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@5.017
Event: ExtensionStatus
Privilege: call,all
Exten: «member1»
Context: hints
Hint: Local/«member1»@agents
Status: 1
StatusText: InUse

@5.017
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member1»@agents
State: INUSE

@5.017
Event: ExtensionStatus
Privilege: call,all
Exten: «member2»
Context: hints
Hint: Local/«member2»@agents
Status: 1
StatusText: InUse

@5.017
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member2»@agents
State: NOT_INUSE

@5.017
Event: QueueMemberStatus
Privilege: agent,all
Queue: «queue»
MemberName: Agent «member1»
Interface: Local/«member1»@agents/n
StateInterface: Local/«member1»@agents
Membership: static
Penalty: 0
CallsTaken: «callsTaken:member1»
LastCall: «lastCall:member1»
LastPause: 0
LoginTime: «loginTime»
InCall: 0
Status: 2
Paused: 0
PausedReason: 
Ringinuse: 0
Wrapuptime: 0

@5.017
Event: DeviceStateChange
Privilege: call,all
Device: Queue:«queue»_avail
State: NOT_INUSE

% segment giveUp after=callerPatience+10.720
@0.000
Event: HangupRequest
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
Cause: 19

@0.000
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
DestChannel: Local/«member1»@agents-«local:1»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «caller»
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
DialStatus: CANCEL

@0.858
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
DestChannel: Local/«member2»@agents-«local:2»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «caller»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «did»
DestPriority: 1
DestUniqueid: «uid:4»
DestLinkedid: «uid:0»
DialStatus: CANCEL

@0.858
Event: OriginateResponse
Privilege: call,all
ActionID: «action»
Response: Failure
Channel: Local/«did»@from-pstn/n
Application: Wait
Data: «p:callerWait»
Reason: 3
Uniqueid: <unknown>
CallerIDNum: «caller»
CallerIDName: <unknown>

@0.858
Event: Hangup
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
Cause: 19
Cause-txt: User alerting, no answer

@0.858
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
DestChannel: Local/«member1»@agents-«local:1»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «caller»
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
DialStatus: CANCEL

@0.858
Event: HangupRequest
Privilege: call,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 14
Uniqueid: «uid:3»
Linkedid: «uid:0»
Cause: 0

@0.858
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «did»
DestinationContext: from-pstn
CallerID: "" <«caller»>
Channel: Local/«did»@from-pstn-«local:0»;1
DestinationChannel: 
LastApplication: AppDial2
LastData: (Outgoing Line)
StartTime: «date:setup:0.195»
AnswerTime: 
EndTime: «date»
Duration: «s:setup:-488.422»
BillableSeconds: «s:giveUp:-499.142»
Disposition: NO ANSWER
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
UserField: 

@0.858
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
Extra: {"hangupcause":19,"hangupsource":"","dialstatus":""}

@0.858
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

@0.858
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

@0.858
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
Context: agents
Channel: Local/«member1»@agents-«local:1»;1
Application: AppQueue
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":0,"hangupsource":"","dialstatus":""}

@0.858
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
Context: agents
Channel: Local/«member1»@agents-«local:1»;1
Application: AppQueue
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.858
Event: Hangup
Privilege: call,all
Channel: Local/«member1»@agents-«local:1»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «caller»
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
Cause: 0
Cause-txt: Unknown

@0.858
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
DestChannel: Local/«member2»@agents-«local:2»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «caller»
DestCallerIDName: <unknown>
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «did»
DestPriority: 1
DestUniqueid: «uid:4»
DestLinkedid: «uid:0»
DialStatus: CANCEL

@0.858
Event: SoftHangupRequest
Privilege: call,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 14
Uniqueid: «uid:3»
Linkedid: «uid:0»
Cause: 16

@0.858
Event: HangupRequest
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 14
Uniqueid: «uid:5»
Linkedid: «uid:0»
Cause: 0

@2.398
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «member1»
Context: agents
Channel: Local/«member1»@agents-«local:1»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":0,"hangupsource":"","dialstatus":""}

@2.398
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «member1»
Context: agents
Channel: Local/«member1»@agents-«local:1»;2
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

@2.398
Event: Hangup
Privilege: call,all
Channel: Local/«member1»@agents-«local:1»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member1»
Priority: 14
Uniqueid: «uid:3»
Linkedid: «uid:0»
Cause: 0
Cause-txt: Unknown

@2.398
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «member1»
DestinationContext: agents
CallerID: "" <«caller»>
Channel: Local/«member1»@agents-«local:1»;2
DestinationChannel: 
LastApplication: Wait
LastData: 300
StartTime: «date:setup:0.195»
AnswerTime: 
EndTime: «date»
Duration: «s:setup:-486.882»
BillableSeconds: «s:giveUp:-497.602»
Disposition: FAILED
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
UserField: 

@2.398
Event: ExtensionStatus
Privilege: call,all
Exten: «member1»
Context: hints
Hint: Local/«member1»@agents
Status: 0
StatusText: Idle

@2.398
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «did»
DestinationContext: from-pstn
CallerID: "" <«caller»>
Channel: Local/«did»@from-pstn-«local:0»;2
DestinationChannel: Local/«member1»@agents-«local:1»;1
LastApplication: Queue
LastData: «queue»,rt,,,60
StartTime: «date:setup:0.195»
AnswerTime: 
EndTime: «date»
Duration: «s:setup:-486.882»
BillableSeconds: «s:giveUp:-497.602»
Disposition: NO ANSWER
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
UserField: 

@2.398
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «did»
DestinationContext: from-pstn
CallerID: "" <«caller»>
Channel: Local/«did»@from-pstn-«local:0»;2
DestinationChannel: Local/«member2»@agents-«local:2»;1
LastApplication: Queue
LastData: «queue»,rt,,,60
StartTime: «date:setup:0.195»
AnswerTime: 
EndTime: «date»
Duration: «s:setup:-486.882»
BillableSeconds: «s:giveUp:-497.602»
Disposition: NO ANSWER
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
UserField: 

@2.398
Event: SoftHangupRequest
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 14
Uniqueid: «uid:5»
Linkedid: «uid:0»
Cause: 16

@2.398
Event: Hangup
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «did»
Priority: 1
Uniqueid: «uid:4»
Linkedid: «uid:0»
Cause: 0
Cause-txt: Unknown

@2.398
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
Variable: QUEUEWAIT
Value: «s:setup:-486.882»

@2.398
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
Variable: QUEUEWAIT_MS
Value: «ms:setup:13.118»

@2.398
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
Value: «s:setup:-486.882»

@2.398
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
Value: «ms:setup:2.118»

@2.398
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
Value: «s:giveUp:-497.602»

@2.398
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
Value: «ms:giveUp:2.398»

@2.398
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
Variable: ABANDONED
Value: TRUE

@2.398
Event: QueueCallerAbandon
Privilege: agent,all
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
Queue: «queue»
Position: 1
OriginalPosition: 1
HoldTime: «s:setup:-486.882»

@2.398
Event: DeviceStateChange
Privilege: call,all
Device: Queue:«queue»
State: NOT_INUSE

@2.398
Event: QueueCallerLeave
Privilege: agent,all
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
Queue: «queue»
Position: 1
Count: 0

@2.398
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
Variable: QUEUEPOSITION
Value: 1

@2.398
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member1»@agents
State: NOT_INUSE

@2.398
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member1»@agents
State: NOT_INUSE

@2.398
Event: SoftHangupRequest
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
Cause: 16

@2.398
Event: Hangup
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
Cause: 19
Cause-txt: User alerting, no answer

@3.243
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member2»@agents
State: NOT_INUSE

@3.243
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

@3.243
Event: QueueMemberStatus
Privilege: agent,all
Queue: «queue»
MemberName: Agent «member1»
Interface: Local/«member1»@agents/n
StateInterface: Local/«member1»@agents
Membership: static
Penalty: 0
CallsTaken: «callsTaken:member1»
LastCall: «lastCall:member1»
LastPause: 0
LoginTime: «loginTime»
InCall: 0
Status: 1
Paused: 0
PausedReason: 
Ringinuse: 0
Wrapuptime: 0

@3.243
Event: Hangup
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 14
Uniqueid: «uid:5»
Linkedid: «uid:0»
Cause: 0
Cause-txt: Unknown

@3.243
Event: ExtensionStatus
Privilege: call,all
Exten: «member2»
Context: hints
Hint: Local/«member2»@agents
Status: 0
StatusText: Idle

@3.243
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «member2»
DestinationContext: agents
CallerID: "" <«caller»>
Channel: Local/«member2»@agents-«local:2»;2
DestinationChannel: 
LastApplication: Wait
LastData: 300
StartTime: «date:setup:0.195»
AnswerTime: 
EndTime: «date»
Duration: «s:setup:-486.037»
BillableSeconds: «s:giveUp:-496.757»
Disposition: FAILED
AMAFlags: DOCUMENTATION
UniqueID: «uid:5»
UserField: 

@3.243
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
Context: agents
Channel: Local/«member2»@agents-«local:2»;1
Application: AppQueue
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:4»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":0,"hangupsource":"","dialstatus":""}

@3.243
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
Context: agents
Channel: Local/«member2»@agents-«local:2»;1
Application: AppQueue
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:4»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@3.243
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
Application: Queue
AppData: «queue»,rt,,,60
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@3.243
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
Extra: {"hangupcause":19,"hangupsource":"","dialstatus":"CANCEL"}

@3.243
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

@3.243
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «member2»
Context: agents
Channel: Local/«member2»@agents-«local:2»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:5»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":0,"hangupsource":"","dialstatus":""}

@3.243
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «member2»
Context: agents
Channel: Local/«member2»@agents-«local:2»;2
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

@3.243
Event: CEL
Privilege: call,all
EventName: LINKEDID_END
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «member2»
Context: agents
Channel: Local/«member2»@agents-«local:2»;2
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

@3.243
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member2»@agents
State: NOT_INUSE

