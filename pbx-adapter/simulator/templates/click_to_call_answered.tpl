% template click_to_call_answered
% var __AGENT_RING=«p:ring:agent»
% var __AGENT_TALK=«p:talk:agent»
% var __CUST_RING=«p:ring:customer»
% var __CUST_TALK=«p:talk:customer»
% segment setup
@0.427
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

@0.766
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

@0.766
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

@1.236
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

@1.236
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

@1.236 vars=set:0-4/4
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

@1.236
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

@1.236
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

@1.236 vars=inherit:0-4/4
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

@1.236
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

@1.236
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

@1.236
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

@1.236
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

@1.236
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

@1.236
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

@2.834
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

@2.834
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

@2.834
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

@2.834
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

@2.834
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

@2.834
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

@2.834
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

@2.834
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

@2.834
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

@2.834
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

@2.834
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

@2.834
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

@2.834
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

@2.834
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

@3.418
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: INUSE

% segment agentAnswer after=ring:agent+5.264
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

@0.412
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: INUSE

@0.412
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699 vars=inherit:0-4/4
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@1.699
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

@2.559
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

@2.559 vars=inherit:0-4/4
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

@2.559
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

@2.559
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

@2.559
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

@2.559
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

@2.559
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
AppData: Simulated PSTN customer «customer»

@2.559
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
Application: Set
AppData: RING=«p:ring:customer»

@2.559
Event: VarSet
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
Variable: RING
Value: «p:ring:customer»

@2.559
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
Application: ExecIf
AppData: 0?Set(RING=3)

@2.559
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
Priority: 4
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «customer»
Application: Set
AppData: TALK=«p:talk:customer»

@2.559
Event: VarSet
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
Priority: 4
Uniqueid: «uid:3»
Linkedid: «uid:0»
Variable: TALK
Value: «p:talk:customer»

@2.559
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
Priority: 5
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «customer»
Application: ExecIf
AppData: 0?Set(TALK=6)

@2.559
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
Priority: 6
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «customer»
Application: Ringing
AppData: 

@2.559
Event: Newstate
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;1
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
Uniqueid: «uid:2»
Linkedid: «uid:0»

@2.559
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
Priority: 7
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «customer»
Application: Wait
AppData: «p:ring:customer»

@2.559
Event: DeviceStateChange
Privilege: call,all
Device: Local/«customer»@pstn-out
State: INUSE

@2.559
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
Value: «s:agentAnswer:-497.441»

@2.559
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
Value: «ms:agentAnswer:1.559»

@2.559
Event: DialState
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
DestUniqueid: «uid:2»
DestLinkedid: «uid:0»
DialStatus: RINGING

@22.240
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

% segment customerAnswer after=ring:customer+2.238
@0.000
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
Priority: 8
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «customer»
Application: Answer
AppData: 

@1.231
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
Channel: Local/«customer»@pstn-out-«local:1»;2
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

@1.231
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

@1.231
Event: Newstate
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;2
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
Uniqueid: «uid:3»
Linkedid: «uid:0»

@1.231
Event: Newstate
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;1
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
Uniqueid: «uid:2»
Linkedid: «uid:0»

@1.231
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
Value: ANSWER

@1.231
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
Value: Local/«customer»@pstn-out-«local:1»;1

@1.231
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
Value: «customer»@pstn-out/n

@1.231
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
DestUniqueid: «uid:2»
DestLinkedid: «uid:0»
DialStatus: ANSWER

@1.231
Event: BridgeCreate
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@1.231
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:1»;1
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
Uniqueid: «uid:2»
Linkedid: «uid:0»
Extension: 
Application: AppDial
AppData: (Outgoing Line)

@1.231
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
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@1.231
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
Channel: Local/«agent»@agents-«local:0»;1
Application: Dial
AppData: Local/«customer»@pstn-out/n,30
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
LinkedID: «uid:0»
Userfield: 
Peer: Local/«customer»@pstn-out-«local:1»;1
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@1.231
Event: BridgeEnter
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 1
BridgeVideoSourceMode: none
Channel: Local/«customer»@pstn-out-«local:1»;1
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
Uniqueid: «uid:2»
Linkedid: «uid:0»

@1.231
Event: BridgeEnter
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 2
BridgeVideoSourceMode: none
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

@1.231
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:1»;1
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
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: BRIDGEPEER
Value: Local/«agent»@agents-«local:0»;1

@1.231
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
Variable: BRIDGEPEER
Value: Local/«customer»@pstn-out-«local:1»;1

@1.231
Event: DeviceStateChange
Privilege: call,all
Device: Local/«customer»@pstn-out
State: INUSE

@1.231
Event: DeviceStateChange
Privilege: call,all
Device: Local/«customer»@pstn-out
State: INUSE

@501.561
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:1»;2
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
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «customer»
Application: Wait
AppData: «p:talk:customer»

% segment customerHangup after=talk:customer+508.245
@0.000
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
Extra: {"hangupcause":16,"hangupsource":"dialplan/builtin","dialstatus":""}

@0.000
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

@0.000
Event: Newexten
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:1»;2
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
Uniqueid: «uid:3»
Linkedid: «uid:0»
Extension: «customer»
Application: Hangup
AppData: 

@0.000
Event: SoftHangupRequest
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;2
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
Uniqueid: «uid:3»
Linkedid: «uid:0»
Cause: 16

@0.000
Event: HangupRequest
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;1
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
Uniqueid: «uid:2»
Linkedid: «uid:0»
Cause: 16

@0.000
Event: VarSet
Privilege: dialplan,all
Channel: Local/«customer»@pstn-out-«local:1»;1
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
Uniqueid: «uid:2»
Linkedid: «uid:0»
Variable: BRIDGEPEER
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
Variable: BRIDGEPEER
Value: 

@0.000
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
LastData: 
StartTime: «date:agentAnswer:0»
AnswerTime: «date:customerAnswer:0»
EndTime: «date»
Duration: «s:agentAnswer:10.483»
BillableSeconds: «s:customerAnswer:8.245»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:3»
UserField: 

@0.000
Event: Hangup
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;2
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
Uniqueid: «uid:3»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@1.707
Event: DeviceStateChange
Privilege: call,all
Device: Local/«customer»@pstn-out
State: NOT_INUSE

@1.707
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
Channel: Local/«customer»@pstn-out-«local:1»;1
Application: AppDial
AppData: (Outgoing Line)
EventTime: «date»
AMAFlags: DOCUMENTATION
UniqueID: «uid:2»
LinkedID: «uid:0»
Userfield: 
Peer: Local/«agent»@agents-«local:0»;1
PeerAccount: 
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@1.707
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
Extra: {"hangupcause":16,"hangupsource":"","dialstatus":""}

@1.707
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

@1.707
Event: BridgeLeave
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 1
BridgeVideoSourceMode: none
Channel: Local/«customer»@pstn-out-«local:1»;1
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
Uniqueid: «uid:2»
Linkedid: «uid:0»

@1.707
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
Extra: {"bridge_id":"«bridge:0»","bridge_technology":"simple_bridge"}

@1.707
Event: Hangup
Privilege: call,all
Channel: Local/«customer»@pstn-out-«local:1»;1
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
Uniqueid: «uid:2»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@1.707
Event: BridgeLeave
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none
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

@1.707
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
StartTime: «date:setup:0.427»
AnswerTime: «date:agentAnswer:0»
EndTime: «date»
Duration: «s:setup:17.454»
BillableSeconds: «s:agentAnswer:12.19»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:0»
UserField: 

@1.707
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
StartTime: «date:setup:0.427»
AnswerTime: «date:agentAnswer:0»
EndTime: «date»
Duration: «s:setup:17.454»
BillableSeconds: «s:agentAnswer:12.19»
Disposition: ANSWERED
AMAFlags: DOCUMENTATION
UniqueID: «uid:1»
UserField: 

@1.707
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
Value: «s:agentAnswer:12.19»

@1.707
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
Value: «ms:agentAnswer:1.19»

@1.707
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
Value: «s:setup:17.454»

@1.707
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
Value: «ms:setup:1.454»

@1.707
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

@1.707
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
Value: ANSWER

@1.707
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
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Cause: 16

@1.707
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
Cause: 16

@2.974
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
Extra: {"hangupcause":16,"hangupsource":"","dialstatus":"ANSWER"}

@2.974
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
Priority: 3
Uniqueid: «uid:0»
Linkedid: «uid:0»
Cause: 16
Cause-txt: Normal Clearing

@2.974
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

@2.974
Event: BridgeDestroy
Privilege: call,all
BridgeUniqueid: «bridge:0»
BridgeType: basic
BridgeTechnology: simple_bridge
BridgeCreator: <unknown>
BridgeName: <unknown>
BridgeNumChannels: 0
BridgeVideoSourceMode: none

@2.974
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
Extra: {"hangupcause":16,"hangupsource":"","dialstatus":""}

@2.974
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

@2.974
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

@2.974
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

@2.974
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
Cause: 16
Cause-txt: Normal Clearing

@2.974
Event: DeviceStateChange
Privilege: call,all
Device: Local/«customer»@pstn-out
State: NOT_INUSE

@2.974
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: NOT_INUSE

@2.974
Event: DeviceStateChange
Privilege: call,all
Device: Local/«agent»@agents
State: NOT_INUSE

