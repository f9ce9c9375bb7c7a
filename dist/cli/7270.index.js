"use strict";exports.id=7270,exports.ids=[7270],exports.modules={47270:((e,d,s)=>{s.d(d,{GetRoleCredentialsCommand:()=>_.EF,SSOClient:()=>_.$M});var _=s(32579)})};
