"use strict";exports.id=520,exports.ids=[520],exports.modules={80520:((e,d,s)=>{s.d(d,{GetRoleCredentialsCommand:()=>_.EF,SSOClient:()=>_.$M});var _=s(32579)})};
