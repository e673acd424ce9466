% template chanspy_whisper
% segment setup
@0.160
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

@0.238
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

@0.238
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

@0.497
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
AppData: PJSIP/«agent»,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.497
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

@0.619
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

@0.619
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

@0.686
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

@0.686
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

@0.686
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

@0.874
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

@0.874
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

@0.874
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

@0.874
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
AppData: PJSIP/«agent»,30,t

@0.874
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

@0.874
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

@0.874
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

@0.874
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

@0.874
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

@0.874
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

@0.874
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

@1.103
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

@1.103
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

@1.103
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

@1.103
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

@1.729
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: «agent»
CallerIDname: Agent «agent»
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: s
Context: from-webrtc
Channel: PJSIP/«agent»-«pjsip:0»
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

@1.729
Event: Newchannel
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@1.836
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «agent»

@1.836
Event: Newexten
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: «did»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «did»
Application: AppDial
AppData: (Outgoing Line)

@3.296
Event: NewConnectedLine
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: «did»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@3.364
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
DestChannel: PJSIP/«agent»-«pjsip:0»
DestChannelState: 0
DestChannelStateDesc: Down
DestCallerIDNum: «agent»
DestCallerIDName: Agent «agent»
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: from-webrtc
DestExten: «did»
DestPriority: 1
DestUniqueid: «uid:2»
DestLinkedid: «uid:0»
DialString: «agent»

@3.698
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»

@14.087
Event: Newstate
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: «did»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@14.646
Event: ExtensionStatus
Privilege: call,all
Exten: «agent»
Context: hints
Hint: PJSIP/«agent»
Status: 8
StatusText: Ringing

@14.646
Event: Newstate
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»

@14.646
Event: NewCallerid
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@14.646
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RINGTIME
Value: «s:setup:-485.354»

@14.646
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RINGTIME_MS
Value: «ms:setup:2.646»

@14.646
Event: DialState
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
DestChannel: PJSIP/«agent»-«pjsip:0»
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «agent»
DestCallerIDName: Agent «agent»
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: from-webrtc
DestExten: «did»
DestPriority: 1
DestUniqueid: «uid:2»
DestLinkedid: «uid:0»
DialStatus: RINGING

@14.646
Event: DialState
Privilege: call,all
DestChannel: Local/«did»@from-pstn-«local:0»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «agent»
DestCallerIDName: Agent «agent»
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

@14.646
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«agent»
State: RINGING

@14.646
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@17.019
Event: DialState
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
DestChannel: PJSIP/«agent»-«pjsip:0»
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «agent»
DestCallerIDName: Agent «agent»
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: from-webrtc
DestExten: «did»
DestPriority: 1
DestUniqueid: «uid:2»
DestLinkedid: «uid:0»
DialStatus: RINGING

% segment answer after=ring:agent+214.293
@0.000
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «agent»
CallerIDname: Agent «agent»
CallerIDani: «agent»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «did»
Context: from-webrtc
Channel: PJSIP/«agent»-«pjsip:0»
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
Exten: «did»
Context: from-pstn
Channel: Local/«did»@from-pstn-«local:0»;2
Application: Dial
AppData: PJSIP/«agent»,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.725
Event: CEL
Privilege: call,all
EventName: BRIDGE_ENTER
AccountCode: 
CallerIDnum: «agent»
CallerIDname: Agent «agent»
CallerIDani: «agent»
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: from-webrtc
Channel: PJSIP/«agent»-«pjsip:0»
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

@0.725
Event: ExtensionStatus
Privilege: call,all
Exten: «agent»
Context: hints
Hint: PJSIP/«agent»
Status: 1
StatusText: InUse

@0.725
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

@0.725
Event: Newstate
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: «did»
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@0.725
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «agent»
CallerIDname: Agent «agent»
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

@0.725
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALSTATUS
Value: ANSWER

@0.725
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDPEERNAME
Value: PJSIP/«agent»-«pjsip:0»

@0.725
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «agent»

@0.725
Event: DialEnd
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 4
ChannelStateDesc: Ring
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
DestChannel: PJSIP/«agent»-«pjsip:0»
DestChannelState: 6
DestChannelStateDesc: Up
DestCallerIDNum: «agent»
DestCallerIDName: Agent «agent»
DestConnectedLineNum: «caller»
DestConnectedLineName: <unknown>
DestLanguage: en
DestAccountCode: 
DestContext: from-webrtc
DestExten: 
DestPriority: 1
DestUniqueid: «uid:2»
DestLinkedid: «uid:0»
DialStatus: ANSWER

@1.880
Event: Newstate
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»

@1.880
Event: BridgeCreate
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@1.880
Event: Newexten
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: 
Application: AppDial
AppData: (Outgoing Line)

@1.880
Event: BridgeEnter
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 1
BridgeVideoSourceMode: none
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@1.880
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
AppData: PJSIP/«agent»,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: PJSIP/«agent»-«pjsip:0»
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@1.880
Event: Newstate
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»

@1.880
Event: DialEnd
Privilege: call,all
DestChannel: Local/«did»@from-pstn-«local:0»;1
DestChannelState: 6
DestChannelStateDesc: Up
DestCallerIDNum: «agent»
DestCallerIDName: Agent «agent»
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

@1.880
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«agent»
State: INUSE

@1.880
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@1.880
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@1.880
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
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»

@1.880
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: Local/«did»@from-pstn-«local:0»;2

@1.880
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: PJSIP/«agent»-«pjsip:0»

@1.880
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPVTCALLID
Value: «bridge:1»

% segment spy trigger=spyAfter+2.707
@1.413
Event: CEL
Privilege: call,all
EventName: CHAN_START
AccountCode: 
CallerIDnum: «supervisor»
CallerIDname: Agent «supervisor»
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: s
Context: from-webrtc
Channel: PJSIP/«supervisor»-«pjsip:1»
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
LinkedID: «uid:3»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@1.413
Event: Newchannel
Privilege: call,all
Channel: PJSIP/«supervisor»-«pjsip:1»
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «supervisor»
CallerIDName: Agent «supervisor»
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:3»

@1.413
Event: Newexten
Privilege: dialplan,all
Channel: PJSIP/«supervisor»-«pjsip:1»
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «supervisor»
CallerIDName: Agent «supervisor»
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:3»
Extension: s
Application: AppDial2
AppData: (Outgoing Line)

@1.413
Event: NewCallerid
Privilege: call,all
Channel: PJSIP/«supervisor»-«pjsip:1»
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:3»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@1.413
Event: NewConnectedLine
Privilege: call,all
Channel: PJSIP/«supervisor»-«pjsip:1»
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»
ConnectedLineNum: «supervisor»
ConnectedLineName: «spyCidName»
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:3»

@3.488
Event: DialBegin
Privilege: call,all
DestChannel: PJSIP/«supervisor»-«pjsip:1»
DestChannelState: 0
DestChannelStateDesc: Down
DestCallerIDNum: «supervisor»
DestCallerIDName: «spyCidName»
DestConnectedLineNum: «supervisor»
DestConnectedLineName: «spyCidName»
DestLanguage: en
DestAccountCode: 
DestContext: from-webrtc
DestExten: s
DestPriority: 1
DestUniqueid: «uid:3»
DestLinkedid: «uid:3»
DialString: «supervisor»

@24.344
Event: Newstate
Privilege: call,all
Channel: PJSIP/«supervisor»-«pjsip:1»
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»
ConnectedLineNum: «supervisor»
ConnectedLineName: «spyCidName»
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:3»

@24.344
Event: DialState
Privilege: call,all
DestChannel: PJSIP/«supervisor»-«pjsip:1»
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «supervisor»
DestCallerIDName: «spyCidName»
DestConnectedLineNum: «supervisor»
DestConnectedLineName: «spyCidName»
DestLanguage: en
DestAccountCode: 
DestContext: from-webrtc
DestExten: s
DestPriority: 1
DestUniqueid: «uid:3»
DestLinkedid: «uid:3»
DialStatus: RINGING

@24.344
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«supervisor»
State: RINGING

@24.344
Event: ExtensionStatus
Privilege: call,all
Exten: «supervisor»
Context: hints
Hint: PJSIP/«supervisor»
Status: 8
StatusText: Ringing

@24.344
Event: DialState
Privilege: call,all
DestChannel: PJSIP/«supervisor»-«pjsip:1»
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «supervisor»
DestCallerIDName: «spyCidName»
DestConnectedLineNum: «supervisor»
DestConnectedLineName: «spyCidName»
DestLanguage: en
DestAccountCode: 
DestContext: from-webrtc
DestExten: s
DestPriority: 1
DestUniqueid: «uid:3»
DestLinkedid: «uid:3»
DialStatus: RINGING

% segment spyAnswer after=ring:supervisor+29.943
@0.000
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «supervisor»
CallerIDname: «spyCidName»
CallerIDani: «supervisor»
CallerIDrdnis: 
CallerIDdnid: 
Exten: s
Context: from-webrtc
Channel: PJSIP/«supervisor»-«pjsip:1»
Application: AppDial2
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
LinkedID: «uid:3»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.353
Event: Newstate
Privilege: call,all
Channel: PJSIP/«supervisor»-«pjsip:1»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»
ConnectedLineNum: «supervisor»
ConnectedLineName: «spyCidName»
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:3»

@0.353
Event: ExtensionStatus
Privilege: call,all
Exten: «supervisor»
Context: hints
Hint: PJSIP/«supervisor»
Status: 1
StatusText: InUse

@0.353
Event: DialEnd
Privilege: call,all
DestChannel: PJSIP/«supervisor»-«pjsip:1»
DestChannelState: 6
DestChannelStateDesc: Up
DestCallerIDNum: «supervisor»
DestCallerIDName: «spyCidName»
DestConnectedLineNum: «supervisor»
DestConnectedLineName: «spyCidName»
DestLanguage: en
DestAccountCode: 
DestContext: from-webrtc
DestExten: s
DestPriority: 1
DestUniqueid: «uid:3»
DestLinkedid: «uid:3»
DialStatus: ANSWER

@0.353
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«supervisor»
State: INUSE

@0.353
Event: OriginateResponse
Privilege: call,all
ActionID: «action»
Response: Success
Channel: PJSIP/«supervisor»-«pjsip:1»
Application: ChanSpy
Data: PJSIP/«agent»,qw
Reason: 4
Uniqueid: «uid:3»
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»

@100.592
Event: ChanSpyStart
Privilege: call,all
SpyerChannel: PJSIP/«supervisor»-«pjsip:1»
SpyerChannelState: 6
SpyerChannelStateDesc: Up
SpyerCallerIDNum: «supervisor»
SpyerCallerIDName: «spyCidName»
SpyerConnectedLineNum: «supervisor»
SpyerConnectedLineName: «spyCidName»
SpyerLanguage: en
SpyerAccountCode: 
SpyerContext: from-webrtc
SpyerExten: s
SpyerPriority: 1
SpyerUniqueid: «uid:3»
SpyerLinkedid: «uid:3»
SpyeeChannel: PJSIP/«agent»-«pjsip:0»
SpyeeChannelState: 6
SpyeeChannelStateDesc: Up
SpyeeCallerIDNum: «agent»
SpyeeCallerIDName: Agent «agent»
SpyeeConnectedLineNum: «caller»
SpyeeConnectedLineName: <unknown>
SpyeeLanguage: en
SpyeeAccountCode: 
SpyeeContext: from-webrtc
SpyeeExten: 
SpyeePriority: 1
SpyeeUniqueid: «uid:2»
SpyeeLinkedid: «uid:0»

@101.145
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: Local/«did»@from-pstn-«local:0»;2

@101.145
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: PJSIP/«agent»-«pjsip:0»

@101.145
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPVTCALLID
Value: «bridge:1»

% segment spyHangup after=talk:supervisor+3.748
@0.000
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«supervisor»-«pjsip:1»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»
ConnectedLineNum: «supervisor»
ConnectedLineName: «spyCidName»
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:3»
Variable: RTPAUDIOQOS
Value: ssrc=707734776;themssrc=0;lp=0;rxjitter=0.000000;rxcount=0;txjitter=0.000000;txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=0.000000

@0.000
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«supervisor»-«pjsip:1»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»
ConnectedLineNum: «supervisor»
ConnectedLineName: «spyCidName»
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:3»
Variable: RTPAUDIOQOSJITTER
Value: minrxjitter=000.000000;maxrxjitter=000.000000;avgrxjitter=000.000000;stdevrxjitter=000.000000;mintxjitter=000.000000;maxtxjitter=000.000000;avgtxjitter=000.000000;stdevtxjitter=000.000000;

@0.000
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«supervisor»-«pjsip:1»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»
ConnectedLineNum: «supervisor»
ConnectedLineName: «spyCidName»
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:3»
Variable: RTPAUDIOQOSLOSS
Value:   minrxlost=000.000000;  maxrxlost=000.000000;  avgrxlost=000.000000;  stdevrxlost=000.000000;  mintxlost=000.000000;  maxtxlost=000.000000;  avgtxlost=000.000000;  stdevtxlost=000.000000;

@0.000
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«supervisor»-«pjsip:1»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»
ConnectedLineNum: «supervisor»
ConnectedLineName: «spyCidName»
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:3»
Variable: RTPAUDIOQOSRTT
Value:      minrtt=000.000000;     maxrtt=000.000000;     avgrtt=000.000000;     stdevrtt=000.000000;

@0.000
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«supervisor»-«pjsip:1»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»
ConnectedLineNum: «supervisor»
ConnectedLineName: «spyCidName»
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:3»
Variable: RTPAUDIOQOSMES
Value:    minrxmes=000.000000;   maxrxmes=000.000000;   avgrxmes=000.000000;   stdevrxmes=000.000000;   mintxmes=000.000000;   maxtxmes=000.000000;   avgtxmes=000.000000;   stdevtxmes=000.000000;

@0.000
Event: HangupRequest
Privilege: call,all
Channel: PJSIP/«supervisor»-«pjsip:1»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»
ConnectedLineNum: «supervisor»
ConnectedLineName: «spyCidName»
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:3»

@7.030
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: Local/«did»@from-pstn-«local:0»;2

@7.162
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: PJSIP/«agent»-«pjsip:0»

@7.162
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPVTCALLID
Value: «bridge:1»

@26.875
Event: ChanSpyStop
Privilege: call,all
SpyerChannel: PJSIP/«supervisor»-«pjsip:1»
SpyerChannelState: 6
SpyerChannelStateDesc: Up
SpyerCallerIDNum: «supervisor»
SpyerCallerIDName: «spyCidName»
SpyerConnectedLineNum: «supervisor»
SpyerConnectedLineName: «spyCidName»
SpyerLanguage: en
SpyerAccountCode: 
SpyerContext: from-webrtc
SpyerExten: s
SpyerPriority: 1
SpyerUniqueid: «uid:3»
SpyerLinkedid: «uid:3»
SpyeeChannel: PJSIP/«agent»-«pjsip:0»
SpyeeChannelState: 6
SpyeeChannelStateDesc: Up
SpyeeCallerIDNum: «agent»
SpyeeCallerIDName: Agent «agent»
SpyeeConnectedLineNum: «caller»
SpyeeConnectedLineName: <unknown>
SpyeeLanguage: en
SpyeeAccountCode: 
SpyeeContext: from-webrtc
SpyeeExten: 
SpyeePriority: 1
SpyeeUniqueid: «uid:2»
SpyeeLinkedid: «uid:0»

@26.875
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: Local/«did»@from-pstn-«local:0»;2

@26.875
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: PJSIP/«agent»-«pjsip:0»

@26.875
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPVTCALLID
Value: «bridge:1»

@27.332
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «supervisor»
CallerIDname: «spyCidName»
CallerIDani: «supervisor»
CallerIDrdnis: 
CallerIDdnid: 
Exten: s
Context: from-webrtc
Channel: PJSIP/«supervisor»-«pjsip:1»
Application: AppDial2
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
LinkedID: «uid:3»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":0,"hangupsource":"PJSIP/«supervisor»-«pjsip:1»","dialstatus":""}

@27.332
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «supervisor»
CallerIDname: «spyCidName»
CallerIDani: «supervisor»
CallerIDrdnis: 
CallerIDdnid: 
Exten: s
Context: from-webrtc
Channel: PJSIP/«supervisor»-«pjsip:1»
Application: AppDial2
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
LinkedID: «uid:3»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@27.332
Event: CEL
Privilege: call,all
EventName: LINKEDID_END
AccountCode: 
CallerIDnum: «supervisor»
CallerIDname: «spyCidName»
CallerIDani: «supervisor»
CallerIDrdnis: 
CallerIDdnid: 
Exten: s
Context: from-webrtc
Channel: PJSIP/«supervisor»-«pjsip:1»
Application: AppDial2
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
LinkedID: «uid:3»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@27.332
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «supervisor»
Destination: s
DestinationContext: from-webrtc
CallerID: "«spyCidName»" <«supervisor»>
Channel: PJSIP/«supervisor»-«pjsip:1»
DestinationChannel: 
LastApplication: ChanSpy
LastData: PJSIP/«agent»,qw
StartTime: «date:spy:1.413»
AnswerTime: «date:spyAnswer:0»
EndTime: «date»
Duration: «s:spy:-438.977»
BillableSeconds: «s:spyAnswer:-468.92»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
UserField: 

@27.332
Event: Hangup
Privilege: call,all
Channel: PJSIP/«supervisor»-«pjsip:1»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»
ConnectedLineNum: «supervisor»
ConnectedLineName: «spyCidName»
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:3»
Linkedid: «uid:3»
Cause: 0
Cause-txt: Unknown

@27.332
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«supervisor»
State: NOT_INUSE

@27.332
Event: ExtensionStatus
Privilege: call,all
Exten: «supervisor»
Context: hints
Hint: PJSIP/«supervisor»
Status: 0
StatusText: Idle

% segment agentHangup after=afterSpy+35.367
@0.000
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: RTPAUDIOQOS
Value: ssrc=188665275;themssrc=2561152781;lp=0;rxjitter=0.000000;rxcount=500;txjitter=0.000000;txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=88.087887

@0.373
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RTPAUDIOQOSBRIDGED
Value: ssrc=188665275;themssrc=2561152781;lp=0;rxjitter=0.000000;rxcount=500;txjitter=0.000000;txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=88.087887

@0.569
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: RTPAUDIOQOSJITTER
Value: minrxjitter=000.000000;maxrxjitter=000.000500;avgrxjitter=000.000038;stdevrxjitter=000.000084;mintxjitter=000.000000;maxtxjitter=000.000000;avgtxjitter=000.000000;stdevtxjitter=000.000000;

@0.569
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RTPAUDIOQOSJITTERBRIDGED
Value: minrxjitter=000.000000;maxrxjitter=000.000500;avgrxjitter=000.000038;stdevrxjitter=000.000084;mintxjitter=000.000000;maxtxjitter=000.000000;avgtxjitter=000.000000;stdevtxjitter=000.000000;

@0.569
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: RTPAUDIOQOSLOSS
Value:   minrxlost=000.000000;  maxrxlost=000.000000;  avgrxlost=000.000000;  stdevrxlost=000.000000;  mintxlost=000.000000;  maxtxlost=000.000000;  avgtxlost=000.000000;  stdevtxlost=000.000000;

@0.569
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RTPAUDIOQOSLOSSBRIDGED
Value:   minrxlost=000.000000;  maxrxlost=000.000000;  avgrxlost=000.000000;  stdevrxlost=000.000000;  mintxlost=000.000000;  maxtxlost=000.000000;  avgtxlost=000.000000;  stdevtxlost=000.000000;

@0.569
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: RTPAUDIOQOSRTT
Value:      minrtt=000.000000;     maxrtt=000.000000;     avgrtt=000.000000;     stdevrtt=000.000000;

@0.569
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RTPAUDIOQOSRTTBRIDGED
Value:      minrtt=000.000000;     maxrtt=000.000000;     avgrtt=000.000000;     stdevrtt=000.000000;

@0.569
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: RTPAUDIOQOSMES
Value:    minrxmes=088.087887;   maxrxmes=088.087887;   avgrxmes=088.087887;   stdevrxmes=000.000000;   mintxmes=000.000000;   maxtxmes=000.000000;   avgtxmes=000.000000;   stdevtxmes=000.000000;

@0.569
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: RTPAUDIOQOSMESBRIDGED
Value:    minrxmes=088.087887;   maxrxmes=088.087887;   avgrxmes=088.087887;   stdevrxmes=000.000000;   mintxmes=000.000000;   maxtxmes=000.000000;   avgtxmes=000.000000;   stdevtxmes=000.000000;

@0.569
Event: HangupRequest
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Cause: 16

@4.475
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: 

@4.475
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: 

@4.475
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPVTCALLID
Value: 

@4.475
Event: CEL
Privilege: call,all
EventName: BRIDGE_EXIT
AccountCode: 
CallerIDnum: «agent»
CallerIDname: Agent «agent»
CallerIDani: «agent»
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: from-webrtc
Channel: PJSIP/«agent»-«pjsip:0»
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

@4.475
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
AppData: PJSIP/«agent»,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@4.475
Event: BridgeLeave
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 1
BridgeVideoSourceMode: none
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»

@4.475
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
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»

@4.475
Event: BridgeDestroy
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@4.475
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: ANSWEREDTIME
Value: «s:answer:-423.76»

@4.475
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: ANSWEREDTIME_MS
Value: «ms:answer:3.24»

@4.475
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDTIME
Value: «s:setup:-209.467»

@4.475
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDTIME_MS
Value: «ms:setup:3.533»

@4.475
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALSTATUS
Value: ANSWER

@4.475
Event: SoftHangupRequest
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 16

@4.475
Event: VarSet
Privilege: dialplan,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
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

@4.475
Event: HangupRequest
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
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

@4.475
Event: Hangup
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «caller»
CallerIDName: <unknown>
ConnectedLineNum: «agent»
ConnectedLineName: Agent «agent»
Language: en
AccountCode: 
Context: from-pstn
Exten: «did»
Priority: 2
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@4.475
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
AppData: PJSIP/«agent»,30,t
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@4.475
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
Extra: {"hangupcause":16,"hangupsource":"PJSIP/«agent»-«pjsip:0»","dialstatus":"ANSWER"}

@4.475
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

@4.475
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «caller»
Destination: «did»
DestinationContext: from-pstn
CallerID: "" <«caller»>
Channel: Local/«did»@from-pstn-«local:0»;2
DestinationChannel: PJSIP/«agent»-«pjsip:0»
LastApplication: Dial
LastData: PJSIP/«agent»,30,t
StartTime: «date:setup:0.16»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:-209.467»
BillableSeconds: «s:answer:-423.76»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
UserField: 

@4.475
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «agent»
Destination: «did»
DestinationContext: from-pstn
CallerID: "Agent «agent»" <«agent»>
Channel: Local/«did»@from-pstn-«local:0»;1
DestinationChannel: 
LastApplication: Wait
LastData: «p:callerWait»
StartTime: «date:setup:0.16»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:-209.467»
BillableSeconds: «s:answer:-423.76»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
UserField: 

@4.475
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «agent»
CallerIDname: Agent «agent»
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

@6.234
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «agent»
CallerIDname: Agent «agent»
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

@6.234
Event: Hangup
Privilege: call,all
Channel: Local/«did»@from-pstn-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
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

@6.234
Event: Hangup
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «agent»
CallerIDName: Agent «agent»
ConnectedLineNum: «caller»
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: 
Priority: 1
Uniqueid: «uid:2»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@6.234
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «agent»
CallerIDname: Agent «agent»
CallerIDani: «agent»
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: from-webrtc
Channel: PJSIP/«agent»-«pjsip:0»
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":16,"hangupsource":"PJSIP/«agent»-«pjsip:0»","dialstatus":""}

@6.234
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «agent»
CallerIDname: Agent «agent»
CallerIDani: «agent»
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: from-webrtc
Channel: PJSIP/«agent»-«pjsip:0»
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

@6.234
Event: CEL
Privilege: call,all
EventName: LINKEDID_END
AccountCode: 
CallerIDnum: «agent»
CallerIDname: Agent «agent»
CallerIDani: «agent»
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: from-webrtc
Channel: PJSIP/«agent»-«pjsip:0»
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

@6.234
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

@6.234
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

@6.234
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«agent»
State: NOT_INUSE

@6.234
Event: ExtensionStatus
Privilege: call,all
Exten: «agent»
Context: hints
Hint: PJSIP/«agent»
Status: 0
StatusText: Idle

