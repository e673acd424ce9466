% template chanspy_listen
% segment setup
@0.619
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

@0.619
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

@0.719
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

@0.719
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

@0.719
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

@0.719
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

@0.719
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

@0.719
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

@0.719
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

@0.719
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

@0.719
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

@0.719
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

@0.719
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

@0.719
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

@0.719
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

@0.719
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

@0.719
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

@0.719
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

@1.218
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

@1.218
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

@1.218
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

@1.218
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

@1.218
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

@1.391
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

@1.391
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

@1.391
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

@1.391
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

@1.391
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

@1.391
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

@1.391
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

@3.393
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

@10.931
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

@25.848
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

@25.848
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

@25.848
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

@25.848
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
Value: «s:setup:-474.152»

@25.848
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
Value: «ms:setup:1.848»

@25.848
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

@25.848
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

@25.848
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

@36.614
Event: ExtensionStatus
Privilege: call,all
Exten: «agent»
Context: hints
Hint: PJSIP/«agent»
Status: 8
StatusText: Ringing

@36.904
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«agent»
State: RINGING

@37.060
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

% segment answer after=ring:agent+205.225
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

@0.000
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

@0.000
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

@0.000
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

@0.000
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

@0.000
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

@0.000
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

@0.000
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

@0.000
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

@0.000
Event: BridgeCreate
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@0.000
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

@0.000
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«agent»
State: INUSE

@0.000
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@0.000
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@0.000
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

@0.000
Event: ExtensionStatus
Privilege: call,all
Exten: «agent»
Context: hints
Hint: PJSIP/«agent»
Status: 1
StatusText: InUse

@0.000
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

@0.000
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

@0.000
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

@0.000
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

@0.000
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
Variable: BRIDGEPEER
Value: Local/«did»@from-pstn-«local:0»;2

@0.000
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

@0.000
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

% segment spy trigger=spyAfter+0.775
@1.128
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

@1.285
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

@1.285
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

@1.285
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

@1.285
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

@3.196
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

@17.503
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

@17.503
Event: ExtensionStatus
Privilege: call,all
Exten: «supervisor»
Context: hints
Hint: PJSIP/«supervisor»
Status: 8
StatusText: Ringing

@17.503
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

@17.503
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«supervisor»
State: RINGING

@17.503
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

% segment spyAnswer after=ring:supervisor+22.727
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

@0.362
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

@0.362
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

@0.362
Event: OriginateResponse
Privilege: call,all
ActionID: «action»
Response: Success
Channel: PJSIP/«supervisor»-«pjsip:1»
Application: ChanSpy
Data: PJSIP/«agent»,q
Reason: 4
Uniqueid: «uid:3»
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»

@0.362
Event: ExtensionStatus
Privilege: call,all
Exten: «supervisor»
Context: hints
Hint: PJSIP/«supervisor»
Status: 1
StatusText: InUse

@0.362
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«supervisor»
State: INUSE

@100.230
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

@100.607
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

@100.607
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

@100.607
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

% segment spyHangup after=talk:supervisor+3.226
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
Value: ssrc=1629167461;themssrc=0;lp=0;rxjitter=0.000000;rxcount=0;txjitter=0.000000;txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=0.000000

@0.325
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

@0.325
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

@0.325
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

@0.325
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

@0.510
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

@8.642
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

@8.642
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

@9.587
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

@9.587
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

@9.587
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
LastData: PJSIP/«agent»,q
StartTime: «date:spy:1.128»
AnswerTime: «date:spyAnswer:0»
EndTime: «date»
Duration: «s:spy:-464.46»
BillableSeconds: «s:spyAnswer:-487.187»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
UserField: 

@9.587
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

@9.587
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

@9.587
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

@9.587
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

@10.328
Event: ExtensionStatus
Privilege: call,all
Exten: «supervisor»
Context: hints
Hint: PJSIP/«supervisor»
Status: 0
StatusText: Idle

@10.412
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«supervisor»
State: NOT_INUSE

% segment agentHangup after=afterSpy+17.931
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
Value: ssrc=575297683;themssrc=1784803550;lp=0;rxjitter=0.000000;rxcount=499;txjitter=0.000125;txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=88.087887

@0.000
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
Value: ssrc=575297683;themssrc=1784803550;lp=0;rxjitter=0.000000;rxcount=499;txjitter=0.000125;txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=88.087887

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
Variable: RTPAUDIOQOSJITTER
Value: minrxjitter=000.000000;maxrxjitter=000.000125;avgrxjitter=000.000015;stdevrxjitter=000.000040;mintxjitter=000.000000;maxtxjitter=000.000000;avgtxjitter=000.000000;stdevtxjitter=000.000000;

@0.000
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
Value: minrxjitter=000.000000;maxrxjitter=000.000125;avgrxjitter=000.000015;stdevrxjitter=000.000040;mintxjitter=000.000000;maxtxjitter=000.000000;avgtxjitter=000.000000;stdevtxjitter=000.000000;

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
Variable: RTPAUDIOQOSLOSS
Value:   minrxlost=000.000000;  maxrxlost=000.000000;  avgrxlost=000.000000;  stdevrxlost=000.000000;  mintxlost=000.000000;  maxtxlost=000.000000;  avgtxlost=000.000000;  stdevtxlost=000.000000;

@0.000
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
Variable: RTPAUDIOQOSRTT
Value:      minrtt=000.000000;     maxrtt=000.000000;     avgrtt=000.000000;     stdevrtt=000.000000;

@0.000
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
Variable: RTPAUDIOQOSMES
Value:    minrxmes=088.087887;   maxrxmes=088.087887;   avgrxmes=088.087887;   stdevrxmes=000.000000;   mintxmes=000.000000;   maxtxmes=000.000000;   avgtxmes=000.000000;   stdevtxmes=000.000000;

@0.000
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

@0.000
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

@0.000
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

@0.827
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

@0.827
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

@1.561
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

@1.561
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
Value: «s:answer:-453.78»

@1.561
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
Value: «ms:answer:0.22»

@1.561
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
Value: «s:setup:-248.555»

@1.561
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
Value: «ms:setup:1.445»

@1.561
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

@1.561
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

@1.561
Event: BridgeDestroy
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@1.561
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

@3.148
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
StartTime: «date:setup:0.619»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:-246.968»
BillableSeconds: «s:answer:-452.193»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
UserField: 

@3.833
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

@3.833
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

@3.833
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

@3.833
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

@3.833
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

@3.833
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

@3.833
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

@3.833
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

@3.833
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

@5.084
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

@5.084
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

@5.084
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

@5.084
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

@5.084
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
StartTime: «date:setup:0.619»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:-245.032»
BillableSeconds: «s:answer:-450.257»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
UserField: 

@5.084
Event: ExtensionStatus
Privilege: call,all
Exten: «agent»
Context: hints
Hint: PJSIP/«agent»
Status: 0
StatusText: Idle

@5.084
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«agent»
State: NOT_INUSE

@5.084
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

@5.084
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

