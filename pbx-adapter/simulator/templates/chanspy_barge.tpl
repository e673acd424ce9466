% template chanspy_barge
% segment setup
@0.350
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

@0.614
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

@0.614
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

@0.924
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

@0.924
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

@0.924
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

@0.924
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

@0.924
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

@0.924
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

@0.924
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

@0.924
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

@0.924
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

@0.924
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

@1.227
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

@1.459
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

@1.459
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

@1.459
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

@1.459
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

@1.459
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

@1.459
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

@1.459
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

@1.459
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

@1.696
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

@1.696
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

@1.696
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

@2.318
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

@2.318
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

@2.424
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

@2.424
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

@2.424
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

@4.195
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

@4.770
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

@16.811
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

@16.811
Event: ExtensionStatus
Privilege: call,all
Exten: «agent»
Context: hints
Hint: PJSIP/«agent»
Status: 8
StatusText: Ringing

@16.811
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«agent»
State: RINGING

@17.175
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

@17.175
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

@17.175
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
Value: «s:setup:-482.825»

@17.175
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
Value: «ms:setup:3.175»

@17.175
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

@17.175
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

@17.175
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@18.705
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

% segment answer after=ring:agent+215.578
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

@0.420
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

@0.420
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

@0.420
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

@0.420
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

@0.420
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

@0.420
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

@0.420
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

@0.420
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

@0.420
Event: BridgeCreate
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@0.420
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

@0.420
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

@0.420
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«agent»
State: INUSE

@0.420
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

@0.420
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

@0.420
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

@0.420
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@0.420
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: INUSE

@2.184
Event: ExtensionStatus
Privilege: call,all
Exten: «agent»
Context: hints
Hint: PJSIP/«agent»
Status: 1
StatusText: InUse

@2.184
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

@2.184
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

@2.184
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

@2.184
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

@2.184
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

@2.184
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

% segment spy trigger=spyAfter+1.422
@1.437
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

@1.437
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

@1.930
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

@1.930
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

@1.930
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

@4.093
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

@14.373
Event: DialState
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
DialStatus: RINGING

@14.373
Event: ExtensionStatus
Privilege: call,all
Exten: «supervisor»
Context: hints
Hint: PJSIP/«supervisor»
Status: 8
StatusText: Ringing

@14.373
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

@14.373
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«supervisor»
State: RINGING

@14.373
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

% segment spyAnswer after=ring:supervisor+20.765
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

@0.000
Event: OriginateResponse
Privilege: call,all
ActionID: «action»
Response: Success
Channel: PJSIP/«supervisor»-«pjsip:1»
Application: ChanSpy
Data: PJSIP/«agent»,qB
Reason: 4
Uniqueid: «uid:3»
CallerIDNum: «supervisor»
CallerIDName: «spyCidName»

@0.000
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

@0.000
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

@0.000
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«supervisor»
State: INUSE

@0.000
Event: ExtensionStatus
Privilege: call,all
Exten: «supervisor»
Context: hints
Hint: PJSIP/«supervisor»
Status: 1
StatusText: InUse

@100.667
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

@100.667
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

@100.667
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

@100.667
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

% segment spyHangup after=talk:supervisor+4.363
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
Value: ssrc=2123436905;themssrc=0;lp=0;rxjitter=0.000000;rxcount=0;txjitter=0.000000;txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=0.000000

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

@17.616
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

@17.825
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

@17.825
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

@37.610
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

@37.610
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

@37.610
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

@37.610
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

@37.610
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

@37.610
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

@37.610
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

@37.610
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

@37.610
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«supervisor»
State: NOT_INUSE

@37.610
Event: ExtensionStatus
Privilege: call,all
Exten: «supervisor»
Context: hints
Hint: PJSIP/«supervisor»
Status: 0
StatusText: Idle

@38.066
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
LastData: PJSIP/«agent»,qB
StartTime: «date:spy:1.437»
AnswerTime: «date:spyAnswer:0»
EndTime: «date»
Duration: «s:spy:-436.806»
BillableSeconds: «s:spyAnswer:-457.571»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
UserField: 

% segment agentHangup after=afterSpy+44.539
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
Value: ssrc=1613308367;themssrc=3431000669;lp=0;rxjitter=0.000000;rxcount=500;txjitter=0.000000;txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=88.087887

@1.572
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
Value: ssrc=1613308367;themssrc=3431000669;lp=0;rxjitter=0.000000;rxcount=500;txjitter=0.000000;txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=88.087887

@1.572
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
Value: minrxjitter=000.000000;maxrxjitter=000.000375;avgrxjitter=000.000019;stdevrxjitter=000.000059;mintxjitter=000.000000;maxtxjitter=000.000000;avgtxjitter=000.000000;stdevtxjitter=000.000000;

@1.572
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
Value: minrxjitter=000.000000;maxrxjitter=000.000375;avgrxjitter=000.000019;stdevrxjitter=000.000059;mintxjitter=000.000000;maxtxjitter=000.000000;avgtxjitter=000.000000;stdevtxjitter=000.000000;

@1.572
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

@1.572
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

@1.572
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

@1.572
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

@1.572
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

@1.572
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

@3.011
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

@3.011
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

@3.011
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
StartTime: «date:setup:0.35»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:-210.322»
BillableSeconds: «s:answer:-425.9»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
UserField: 

@3.011
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
StartTime: «date:setup:0.35»
AnswerTime: «date:answer:0»
EndTime: «date»
Duration: «s:setup:-210.322»
BillableSeconds: «s:answer:-425.9»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
UserField: 

@3.011
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

@3.011
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

@3.011
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

@3.011
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

@3.011
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

@3.011
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

@3.011
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

@3.011
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

@3.011
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

@3.011
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

@3.011
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

@3.011
Event: BridgeDestroy
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@3.011
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
Value: «s:answer:-425.9»

@3.011
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
Value: «ms:answer:2.1»

@3.011
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
Value: «s:setup:-210.322»

@3.011
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
Value: «ms:setup:2.678»

@3.011
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

@3.011
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

@3.011
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

@3.011
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

@7.204
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

@7.204
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

@7.204
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

@7.204
Event: DeviceStateChange
Privilege: call,all
Device: Local/«did»@from-pstn
State: NOT_INUSE

@7.204
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

@7.204
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

@7.204
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

@7.204
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

@10.524
Event: ExtensionStatus
Privilege: call,all
Exten: «agent»
Context: hints
Hint: PJSIP/«agent»
Status: 0
StatusText: Idle

@10.745
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«agent»
State: NOT_INUSE

