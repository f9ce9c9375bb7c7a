"use strict";exports.id=3805,exports.ids=[3805],exports.modules={73805:((e,d,s)=>{s.d(d,{GetRoleCredentialsCommand:()=>_.EF,SSOClient:()=>_.$M});var _=s(32579)})};
