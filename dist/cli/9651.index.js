"use strict";exports.id=9651,exports.ids=[9651],exports.modules={89651:((e,d,s)=>{s.d(d,{GetRoleCredentialsCommand:()=>_.EF,SSOClient:()=>_.$M});var _=s(32579)})};
