"use strict";exports.id=9317,exports.ids=[9317],exports.modules={29317:((e,d,s)=>{s.d(d,{GetRoleCredentialsCommand:()=>_.EF,SSOClient:()=>_.$M});var _=s(32579)})};
