% template webrtc_click_to_call
% var __CUST_RING=«p:ring:customer»
% var __CUST_TALK=«p:talk:customer»
% segment setup
@1.420
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
Uniqueid: «uid:0»
Linkedid: «uid:0»

@1.420
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
UniqueID: «uid:0»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@1.420
Event: Newexten
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
Uniqueid: «uid:0»
Linkedid: «uid:0»
Extension: s
Application: AppDial2
AppData: (Outgoing Line)

@1.420 vars=set:0-2/2
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
Uniqueid: «uid:0»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@1.675
Event: NewCallerid
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: <unknown>
ConnectedLineName: <unknown>
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@1.675
Event: NewConnectedLine
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 0
ChannelStateDesc: Down
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»

@6.203
Event: DialBegin
Privilege: call,all
DestChannel: PJSIP/«agent»-«pjsip:0»
DestChannelState: 0
DestChannelStateDesc: Down
DestCallerIDNum: «customer»
DestCallerIDName: «cidName»
DestConnectedLineNum: «customer»
DestConnectedLineName: «cidName»
DestLanguage: en
DestAccountCode: 
DestContext: from-webrtc
DestExten: s
DestPriority: 1
DestUniqueid: «uid:0»
DestLinkedid: «uid:0»
DialString: «agent»

@27.375
Event: Newstate
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»

@27.375
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«agent»
State: RINGING

@28.898
Event: DialState
Privilege: call,all
DestChannel: PJSIP/«agent»-«pjsip:0»
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «customer»
DestCallerIDName: «cidName»
DestConnectedLineNum: «customer»
DestConnectedLineName: «cidName»
DestLanguage: en
DestAccountCode: 
DestContext: from-webrtc
DestExten: s
DestPriority: 1
DestUniqueid: «uid:0»
DestLinkedid: «uid:0»
DialStatus: RINGING

@28.898
Event: DialState
Privilege: call,all
DestChannel: PJSIP/«agent»-«pjsip:0»
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «customer»
DestCallerIDName: «cidName»
DestConnectedLineNum: «customer»
DestConnectedLineName: «cidName»
DestLanguage: en
DestAccountCode: 
DestContext: from-webrtc
DestExten: s
DestPriority: 1
DestUniqueid: «uid:0»
DestLinkedid: «uid:0»
DialStatus: RINGING

% segment agentAnswer after=ring:agent+37.128
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
Exten: s
Context: from-webrtc
Channel: PJSIP/«agent»-«pjsip:0»
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
Channel: PJSIP/«agent»-«pjsip:0»
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
Channel: Local/«customer»@pstn-out-«local:0»;1
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

@0.000
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
Channel: Local/«customer»@pstn-out-«local:0»;2
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

@0.877
Event: Newstate
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: from-webrtc
Exten: s
Priority: 1
Uniqueid: «uid:0»
Linkedid: «uid:0»

@0.877
Event: DialEnd
Privilege: call,all
DestChannel: PJSIP/«agent»-«pjsip:0»
DestChannelState: 6
DestChannelStateDesc: Up
DestCallerIDNum: «customer»
DestCallerIDName: «cidName»
DestConnectedLineNum: «customer»
DestConnectedLineName: «cidName»
DestLanguage: en
DestAccountCode: 
DestContext: from-webrtc
DestExten: s
DestPriority: 1
DestUniqueid: «uid:0»
DestLinkedid: «uid:0»
DialStatus: ANSWER

@0.877
Event: Newexten
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@0.877
Event: Newexten
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@0.877
Event: NewCallerid
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@0.877
Event: Newexten
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@0.877
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@0.877
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@0.877
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@0.877
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@0.877
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@0.877
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@0.877
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@0.877
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@1.301
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@1.301
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@1.301
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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

@1.301
Event: Newchannel
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:0»;1
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
Uniqueid: «uid:1»
Linkedid: «uid:0»

@1.301
Event: Newchannel
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Uniqueid: «uid:2»
Linkedid: «uid:0»

@1.301
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;1
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
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «customer»@pstn-out/n

@1.301 vars=inherit:0-2/2
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;1
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
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@1.301
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;1
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
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: «customer»
Application: AppDial
AppData: (Outgoing Line)

@1.301
Event: NewCallerid
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:0»;1
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
Uniqueid: «uid:1»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@1.301
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:0»;1
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
Uniqueid: «uid:1»
Linkedid: «uid:0»

@1.301
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: DIALEDPEERNUMBER
Value: «customer»@pstn-out/n

@1.301 vars=inherit:0-2/2
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: «var:name»
Value: «var:value»

@1.301
Event: NewCallerid
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Uniqueid: «uid:2»
Linkedid: «uid:0»
CID-CallingPres: 0 (Presentation Allowed, Not Screened)

@1.301
Event: NewConnectedLine
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Uniqueid: «uid:2»
Linkedid: «uid:0»

@1.301
Event: LocalBridge
Privilege: call,all
LocalOneChannel: Local/«customer»@pstn-out-«local:0»;1
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
LocalOneUniqueid: «uid:1»
LocalOneLinkedid: «uid:0»
LocalTwoChannel: Local/«customer»@pstn-out-«local:0»;2
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
LocalTwoUniqueid: «uid:2»
LocalTwoLinkedid: «uid:0»
Context: pstn-out
Exten: «customer»
LocalOptimization: No

@1.301
Event: DialBegin
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
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
DestChannel: Local/«customer»@pstn-out-«local:0»;1
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
DestUniqueid: «uid:1»
DestLinkedid: «uid:0»
DialString: «customer»@pstn-out/n

@1.301
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «customer»
Application: NoOp
AppData: Simulated PSTN customer «customer»

@1.301
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «customer»
Application: Set
AppData: RING=«p:ring:customer»

@1.301
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: RING
Value: «p:ring:customer»

@1.301
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «customer»
Application: ExecIf
AppData: 0?Set(RING=3)

@1.301
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Priority: 4
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «customer»
Application: Set
AppData: TALK=«p:talk:customer»

@1.301
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Priority: 4
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: TALK
Value: «p:talk:customer»

@1.301
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Priority: 5
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «customer»
Application: ExecIf
AppData: 0?Set(TALK=6)

@1.301
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Priority: 6
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «customer»
Application: Ringing
AppData: 

@1.301
Event: Newstate
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:0»;1
ChannelState: 5
ChannelStateDesc: Ringing
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»

@1.301
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Priority: 7
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «customer»
Application: Wait
AppData: «p:ring:customer»

@1.301
Event: OriginateResponse
Privilege: call,all
ActionID: «action»
Response: Success
Channel: PJSIP/«agent»-«pjsip:0»
Context: outbound
Exten: «customer»
Reason: 4
Uniqueid: «uid:0»
CallerIDNum: «customer»
CallerIDName: «cidName»

@1.301
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«agent»
State: INUSE

@1.301
Event: DeviceStateChange
Privilege: call,all
Device: Local/«customer»@pstn-out
State: INUSE

@1.301
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Value: «s:agentAnswer:-498.699»

@1.301
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Value: «ms:agentAnswer:0.301»

@1.301
Event: DialState
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
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
DestChannel: Local/«customer»@pstn-out-«local:0»;1
DestChannelState: 5
DestChannelStateDesc: Ringing
DestCallerIDNum: «customer»
DestCallerIDName: «cidName»
DestConnectedLineNum: «companyCid»
DestConnectedLineName: Company
DestLanguage: en
DestAccountCode: 
DestContext: pstn-out
DestExten: «customer»
DestPriority: 1
DestUniqueid: «uid:1»
DestLinkedid: «uid:0»
DialStatus: RINGING

% segment customerAnswer after=ring:customer+2.476
@0.000
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
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
Priority: 8
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «customer»
Application: Answer
AppData: 

@0.859
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «companyCid»
CallerIDname: Company
CallerIDani: «customer»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: pstn-out
Channel: Local/«customer»@pstn-out-«local:0»;2
Application: Answer
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.859
Event: CEL
Privilege: call,all
EventName: ANSWER
AccountCode: 
CallerIDnum: «customer»
CallerIDname: «cidName»
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: pstn-out
Channel: Local/«customer»@pstn-out-«local:0»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@0.859
Event: CEL
Privilege: call,all
EventName: BRIDGE_ENTER
AccountCode: 
CallerIDnum: «customer»
CallerIDname: «cidName»
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: pstn-out
Channel: Local/«customer»@pstn-out-«local:0»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@0.859
Event: Newstate
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 8
Uniqueid: «uid:2»
Linkedid: «uid:0»

@0.859
Event: Newstate
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»

@0.859
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Value: ANSWER

@0.859
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Value: Local/«customer»@pstn-out-«local:0»;1

@0.859
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Value: «customer»@pstn-out/n

@0.859
Event: DeviceStateChange
Privilege: call,all
Device: Local/«customer»@pstn-out
State: INUSE

@0.859
Event: DeviceStateChange
Privilege: call,all
Device: Local/«customer»@pstn-out
State: INUSE

@0.859
Event: DialEnd
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
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
DestChannel: Local/«customer»@pstn-out-«local:0»;1
DestChannelState: 6
DestChannelStateDesc: Up
DestCallerIDNum: «customer»
DestCallerIDName: «cidName»
DestConnectedLineNum: «companyCid»
DestConnectedLineName: Company
DestLanguage: en
DestAccountCode: 
DestContext: pstn-out
DestExten: 
DestPriority: 1
DestUniqueid: «uid:1»
DestLinkedid: «uid:0»
DialStatus: ANSWER

@0.859
Event: BridgeCreate
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@0.859
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: 
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
Extension: 
Application: AppDial
AppData: (Outgoing Line)

@0.859
Event: BridgeEnter
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 1
BridgeVideoSourceMode: none
Channel: Local/«customer»@pstn-out-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: 
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»

@0.859
Event: BridgeEnter
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 2
BridgeVideoSourceMode: none
Channel: PJSIP/«agent»-«pjsip:0»
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

@0.859
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: 
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: PJSIP/«agent»-«pjsip:0»

@0.859
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: 
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPVTCALLID
Value: «bridge:1»

@0.859
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Variable: BRIDGEPEER
Value: Local/«customer»@pstn-out-«local:0»;1

@1.443
Event: CEL
Privilege: call,all
EventName: BRIDGE_ENTER
AccountCode: 
CallerIDnum: «companyCid»
CallerIDname: Company
CallerIDani: «customer»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: outbound
Channel: PJSIP/«agent»-«pjsip:0»
Application: Dial
AppData: Local/«customer»@pstn-out/n,30
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
LinkedID: «uid:0»
Userfield: 
Peer: Local/«customer»@pstn-out-«local:0»;1
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@501.145
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 9
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «customer»
Application: Wait
AppData: «p:talk:customer»

% segment customerHangup after=talk:customer+504.299
@0.000
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 10
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: «customer»
Application: Hangup
AppData: 

@0.000
Event: SoftHangupRequest
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 10
Uniqueid: «uid:2»
Linkedid: «uid:0»
Cause: 16

@4.568
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «companyCid»
Destination: «customer»
DestinationContext: pstn-out
CallerID: "Company" <«companyCid»>
Channel: Local/«customer»@pstn-out-«local:0»;2
DestinationChannel: 
LastApplication: Hangup
LastData: 
StartTime: «date:agentAnswer:0»
AnswerTime: «date:customerAnswer:0»
EndTime: «date»
Duration: «s:agentAnswer:11.343»
BillableSeconds: «s:customerAnswer:8.867»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
UserField: 

@4.568
Event: HangupRequest
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: 
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 16

@4.568
Event: Hangup
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:0»;2
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «companyCid»
CallerIDName: Company
ConnectedLineNum: «customer»
ConnectedLineName: «cidName»
Language: en
AccountCode: 
Context: pstn-out
Exten: «customer»
Priority: 10
Uniqueid: «uid:2»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@4.568
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: 
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: 

@4.568
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: 
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
Variable: BRIDGEPVTCALLID
Value: 

@4.568
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
Channel: Local/«customer»@pstn-out-«local:0»;2
Application: 
AppData: 
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":16,"hangupsource":"dialplan/builtin","dialstatus":""}

@4.568
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
Channel: Local/«customer»@pstn-out-«local:0»;2
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

@4.985
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Variable: BRIDGEPEER
Value: 

@4.985
Event: BridgeLeave
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 1
BridgeVideoSourceMode: none
Channel: Local/«customer»@pstn-out-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: 
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»

@4.985
Event: CEL
Privilege: call,all
EventName: BRIDGE_EXIT
AccountCode: 
CallerIDnum: «customer»
CallerIDname: «cidName»
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: pstn-out
Channel: Local/«customer»@pstn-out-«local:0»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: PJSIP/«agent»-«pjsip:0»
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@4.985
Event: DeviceStateChange
Privilege: call,all
Device: Local/«customer»@pstn-out
State: NOT_INUSE

@4.985
Event: BridgeLeave
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none
Channel: PJSIP/«agent»-«pjsip:0»
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

@4.985
Event: BridgeDestroy
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@4.985
Event: CEL
Privilege: call,all
EventName: BRIDGE_EXIT
AccountCode: 
CallerIDnum: «companyCid»
CallerIDname: Company
CallerIDani: «customer»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: outbound
Channel: PJSIP/«agent»-«pjsip:0»
Application: Dial
AppData: Local/«customer»@pstn-out/n,30
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@4.985
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Value: «s:agentAnswer:11.76»

@4.985
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Value: «ms:agentAnswer:3.76»

@4.985
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Value: «s:setup:48.888»

@4.985
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Value: «ms:setup:5.888»

@4.985
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Value: ANSWER

@4.985
Event: SoftHangupRequest
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Cause: 16

@4.985
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Variable: RTPAUDIOQOS
Value: ssrc=2060107096;themssrc=0;lp=1;rxjitter=0.000000;rxcount=0;txjitter=0.000000;txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=87.231481

@4.985
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Variable: RTPAUDIOQOSJITTER
Value: minrxjitter=000.000000;maxrxjitter=000.000000;avgrxjitter=000.000000;stdevrxjitter=000.000000;mintxjitter=000.000000;maxtxjitter=000.000000;avgtxjitter=000.000000;stdevtxjitter=000.000000;

@5.636
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Variable: RTPAUDIOQOSLOSS
Value:   minrxlost=001.000000;  maxrxlost=001.000000;  avgrxlost=001.000000;  stdevrxlost=000.000000;  mintxlost=000.000000;  maxtxlost=000.000000;  avgtxlost=000.000000;  stdevtxlost=000.000000;

@5.636
Event: Hangup
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:0»;1
ChannelState: 6
ChannelStateDesc: Up
CallerIDNum: «customer»
CallerIDName: «cidName»
ConnectedLineNum: «companyCid»
ConnectedLineName: Company
Language: en
AccountCode: 
Context: pstn-out
Exten: 
Priority: 1
Uniqueid: «uid:1»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@5.636
Event: CEL
Privilege: call,all
EventName: HANGUP
AccountCode: 
CallerIDnum: «customer»
CallerIDname: «cidName»
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: pstn-out
Channel: Local/«customer»@pstn-out-«local:0»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":16,"hangupsource":"","dialstatus":""}

@5.636
Event: CEL
Privilege: call,all
EventName: CHAN_END
AccountCode: 
CallerIDnum: «customer»
CallerIDname: «cidName»
CallerIDani: 
CallerIDrdnis: 
CallerIDdnid: 
Exten: 
Context: pstn-out
Channel: Local/«customer»@pstn-out-«local:0»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: 

@5.636
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
Channel: PJSIP/«agent»-«pjsip:0»
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

@5.636
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Variable: RTPAUDIOQOSRTT
Value:      minrtt=000.000000;     maxrtt=000.000000;     avgrtt=000.000000;     stdevrtt=000.000000;

@5.636
Event: VarSet
Privilege: dialplan,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Variable: RTPAUDIOQOSMES
Value:    minrxmes=087.231481;   maxrxmes=087.231481;   avgrxmes=087.231481;   stdevrxmes=000.000000;   mintxmes=000.000000;   maxtxmes=000.000000;   avgtxmes=000.000000;   stdevtxmes=000.000000;

@5.636
Event: DeviceStateChange
Privilege: call,all
Device: Local/«customer»@pstn-out
State: NOT_INUSE

@5.636
Event: Cdr
Privilege: cdr,all
AccountCode: 
Source: «companyCid»
Destination: «customer»
DestinationContext: outbound
CallerID: "Company" <«companyCid»>
Channel: PJSIP/«agent»-«pjsip:0»
DestinationChannel: Local/«customer»@pstn-out-«local:0»;1
LastApplication: Dial
LastData: Local/«customer»@pstn-out/n,30
StartTime: «date:setup:1.42»
AnswerTime: «date:agentAnswer:0»
EndTime: «date»
Duration: «s:setup:49.539»
BillableSeconds: «s:agentAnswer:12.411»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
UserField: 

@5.636
Event: Hangup
Privilege: call,all
Channel: PJSIP/«agent»-«pjsip:0»
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
Cause: 16
Cause-txt: Normal Clearing

@5.636
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
Channel: PJSIP/«agent»-«pjsip:0»
Application: AppDial2
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
LinkedID: «uid:0»
Userfield: 
Peer: 
PeerAccount: 
Extra: {"hangupcause":16,"hangupsource":"","dialstatus":"ANSWER"}

@5.636
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
Channel: PJSIP/«agent»-«pjsip:0»
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

@5.636
Event: CEL
Privilege: call,all
EventName: LINKEDID_END
AccountCode: 
CallerIDnum: «companyCid»
CallerIDname: Company
CallerIDani: «customer»
CallerIDrdnis: 
CallerIDdnid: 
Exten: «customer»
Context: outbound
Channel: PJSIP/«agent»-«pjsip:0»
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

@5.636
Event: DeviceStateChange
Privilege: call,all
Device: PJSIP/«agent»
State: NOT_INUSE

