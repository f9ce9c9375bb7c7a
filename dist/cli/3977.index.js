"use strict";exports.id=3977,exports.ids=[3977],exports.modules={73977:((e,d,s)=>{s.d(d,{GetRoleCredentialsCommand:()=>_.EF,SSOClient:()=>_.$M});var _=s(32579)})};
