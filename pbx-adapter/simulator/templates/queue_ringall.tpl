% template queue_ringall
% var __AGENT_RING_«member1»=never
% var __AGENT_RING_«member2»=«p:ring:member2»
% var __AGENT_TALK=«p:talk:member2»
% segment setup
@0.640
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

@1.006
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

@1.006
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

@1.006
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

@1.006
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

@1.006 vars=set:0-3/3
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

@1.471
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

@1.471
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

@1.471 vars=inherit:0-3/3
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

@1.471
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

@1.471
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

@1.471
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

@1.471
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

@2.156
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

@2.411
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

@2.411
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

@2.773
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

@2.773
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

@2.773
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

@2.773
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

@2.773
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

@2.773
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

@3.154
Event: DeviceStateChange
Privilege: call,all
Device: Queue:«queue»
State: RINGING

@3.154
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

@3.474
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

@3.663
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

@3.888
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

@3.888
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@3.977
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

@4.279
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

@4.279
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

@4.837
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

@4.837
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

@5.047 vars=inherit:0-1/3
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

@5.047
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

@5.047
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

@5.396 vars=inherit:1-3/3
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

@5.575
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

@5.575
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

@5.575 vars=inherit:0-3/3
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

@5.575
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

@5.575
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

@5.575
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

@6.025
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

@6.025
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

@6.196
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

@6.570
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

@6.570
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

@6.570
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

@6.570
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

@6.570
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

@6.570
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

@6.570
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

@6.570
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

@6.570 vars=inherit:0-3/3
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

@6.570
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

@6.570
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

@6.570 vars=inherit:0-3/3
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

@7.035
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

@7.035
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

@7.035
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

@7.035
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

@7.980
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
AppData: 1?Set(TALK=«p:talk:member1»)

@7.980
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

@7.980
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
Value: «p:talk:member1»

@7.980
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
DestUniqueid: «uid:4»
DestLinkedid: «uid:0»
Queue: «queue»
Interface: Local/«member2»@agents/n
MemberName: Agent «member2»

@7.980
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
DestChannelState: 0
DestChannelStateDesc: Down
DestCallerIDNum: «caller»
DestCallerIDName: <unknown>
DestConnectedLineNum: <unknown>
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: agents
DestExten: «member2»
DestPriority: 1
DestUniqueid: «uid:4»
DestLinkedid: «uid:0»
DialString: Local/«member2»@agents/n

@7.980
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
AppData: 0?Set(TALK=5)

@7.980
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

@7.980
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

@7.980
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

@7.980
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

@8.764
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

@8.764
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

@8.764
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
AppData: RING=«p:ring:member2»

@8.764
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
Value: «p:ring:member2»

@8.764
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

@8.764
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

@8.764
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

@9.486
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

@9.486
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
AppData: 1?Set(TALK=«p:talk:member2»)

@9.486
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
Value: «p:talk:member2»

@9.486
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
AppData: 0?Set(TALK=5)

@9.486
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

@9.486
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

@9.486
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

@9.486
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

@9.486
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
AppData: 0?noanswer

@9.486
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
Priority: 10
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: Wait
AppData: «p:ring:member2»

@9.486
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

@9.486
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member1»@agents
State: INUSE

@9.486
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member2»@agents
State: INUSE

@9.486
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

@9.486
Event: DeviceStateChange
Privilege: call,all
Device: Queue:«queue»_avail
State: NOT_INUSE

@9.486
Event: QueueMemberStatus
Privilege: agent,all
Queue: «queue»
MemberName: Agent «member2»
Interface: Local/«member2»@agents/n
StateInterface: Local/«member2»@agents
Membership: static
Penalty: 0
CallsTaken: «callsTaken:member2»
LastCall: «lastCall:member2»
LastPause: 0
LoginTime: «loginTime»
InCall: 0
Status: 2
Paused: 0
PausedReason: 
Ringinuse: 0
Wrapuptime: 0

@9.940
Event: DeviceStateChange
Privilege: call,all
Device: Queue:«queue»_avail
State: INUSE

@9.940
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

@9.940
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

% segment answer after=ring:member2+11.405
@0.000
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
Priority: 11
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: Answer
AppData: 

@0.000
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «caller»
CallerIDname: 
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «member2»
Context: agents
Channel: Local/«member2»@agents-«local:2»;2
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

@0.972
Event: Newstate
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 11
Uniqueid: «uid:5»
Linkedid: «uid:0»

@1.105
Event: Newstate
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
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

@1.325
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member2»@agents
State: INUSE

@1.325
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member2»@agents
State: INUSE

@1.325
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
DestChannelState: 6
DestChannelStateDesc: Up
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
DialStatus: ANSWER

@1.325
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

@1.325
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

@1.325
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
Cause: 26

@1.325
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
Cause: 26
Cause-txt: Answered elsewhere

@1.325
Event: DeviceStateChange
Privilege: call,all
Device: Queue:«queue»
State: NOT_INUSE

@1.325
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
StartTime: «date:setup:0.64»
AnswerTime: 
EndTime: «date»
Duration: «s:setup:-487.27»
BillableSeconds: «s:answer:-498.675»
Disposition: NO ANSWER
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
UserField: 

@1.325
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

@1.325
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
Extra: {"hangupcause":26,"hangupsource":"","dialstatus":""}

@1.325
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

@2.927
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

@2.927
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

@2.927
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

@2.927
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member1»@agents
State: NOT_INUSE

@2.927
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
Value: «s:setup:-485.668»

@2.927
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
Value: «ms:setup:14.332»

@2.927
Event: AgentConnect
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
DestChannelState: 6
DestChannelStateDesc: Up
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
HoldTime: «s:setup:-485.668»
RingTime: «s:setup:-485.668»

@2.927
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

@2.927
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
Cause: 26
Cause-txt: Answered elsewhere

@2.927
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

@2.927
Event: BridgeCreate
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@2.927
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

@2.927
Event: DeviceStateChange
Privilege: call,all
Device: Queue:«queue»_avail
State: NOT_INUSE

@2.927
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

@2.927
Event: BridgeEnter
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 1
BridgeVideoSourceMode: none
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
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

@2.927
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

@2.927
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@2.927
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member1»@agents
State: NOT_INUSE

@2.927
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@3.912
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
Extra: {"hangupcause":26,"hangupsource":"","dialstatus":""}

@3.912
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

@3.912
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

@3.912
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

@3.912
Event: CEL
Privilege: call,all
EventName: BRIDGE_ENTER
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
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@3.912
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
Application: Queue
AppData: «queue»,rt,,,60
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: Local/«member2»@agents-«local:2»;1
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@3.912
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

@3.912
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
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
Variable: BRIDGEPEER
Value: Local/«did»@from-pstn-«local:0»;2

@3.912
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
Value: Local/«member2»@agents-«local:2»;1

@500.841
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 12
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: Wait
AppData: «p:talk:member2»

% segment agentHangup after=talk:member2+506.421
@0.000
Event: Newexten
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 13
Uniqueid: «uid:5»
Linkedid: «uid:0»
Extension: «member2»
Application: Hangup
AppData: 

@0.000
Event: SoftHangupRequest
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 13
Uniqueid: «uid:5»
Linkedid: «uid:0»
Cause: 16

@0.000
Event: HangupRequest
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
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
Cause: 16

@0.000
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «member2»
DestinationContext: agents
CallerID: "" <«caller»>
Channel: Local/«member2»@agents-«local:2»;2
DestinationChannel: 
LastApplication: Hangup
LastData: 
StartTime: «date:setup:0.64»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:17.826»
BillableSeconds: «s:answer:6.421»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:5»
UserField: 

@1.634
Event: VarSet
Privilege: dialplan,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
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
Variable: BRIDGEPEER
Value: 

@1.634
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

@1.634
Event: BridgeLeave
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 1
BridgeVideoSourceMode: none
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
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

@1.634
Event: CEL
Privilege: call,all
EventName: BRIDGE_EXIT
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
Peer: Local/«did»@from-pstn-«local:0»;2
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@1.634
Event: Hangup
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: agents
Exten: «member2»
Priority: 13
Uniqueid: «uid:5»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@1.634
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member2»@agents
State: NOT_INUSE

@1.634
Event: QueueMemberStatus
Privilege: agent,all
Queue: «queue»
MemberName: Agent «member2»
Interface: Local/«member2»@agents/n
StateInterface: Local/«member2»@agents
Membership: static
Penalty: 0
CallsTaken: «callsTaken+:member2»
LastCall: «lastCall=:member2»
LastPause: 0
LoginTime: «loginTime»
InCall: 0
Status: 1
Paused: 0
PausedReason: 
Ringinuse: 0
Wrapuptime: 0

@1.634
Event: AgentComplete
Privilege: agent,all
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
DestChannel: Local/«member2»@agents-«local:2»;1
DestChannelState: 6
DestChannelStateDesc: Up
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
HoldTime: «s:answer:2008.055»
TalkTime: «s:answer:8.055»
Reason: agent

@1.634
Event: Hangup
Privilege: call,all
Channel: Local/«member2»@agents-«local:2»;1
ChannelState: 6
ChannelStateDesc: Up
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
Cause: 16
Cause-txt: Normal Clearing

@1.634
Event: DeviceStateChange
Privilege: call,all
Device: Local/«member2»@agents
State: NOT_INUSE

@1.634
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

@1.634
Event: BridgeDestroy
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@1.634
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
Value: «s:answer:8.055»

@1.634
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
Value: «ms:answer:1.055»

@1.634
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
Value: «s:setup:19.46»

@1.634
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
Extra: {"hangupcause":16,"hangupsource":"dialplan/builtin","dialstatus":""}

@1.634
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
Value: «ms:setup:1.46»

@1.634
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

@1.634
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

@1.634
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
StartTime: «date:setup:0.64»
AnswerTime: 
EndTime: «date:answer:0»
Duration: «s:answer:2008.055»
BillableSeconds: «s:agentHangup:-498.366»
Disposition: NO ANSWER
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
UserField: 

@1.634
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
Extra: {"hangupcause":16,"hangupsource":"","dialstatus":""}

@1.634
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
StartTime: «date:setup:0.64»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:19.46»
BillableSeconds: «s:answer:8.055»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
UserField: 

@1.634
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
StartTime: «date:setup:0.64»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:19.46»
BillableSeconds: «s:answer:8.055»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
UserField: 

@1.634
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

@1.634
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

@2.804
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

@2.804
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

@2.804
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
Application: Queue
AppData: «queue»,rt,,,60
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@2.804
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

@2.804
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

@2.804
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

@2.804
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

@2.804
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

@2.804
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

@2.804
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

@2.804
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

