"use strict";exports.id=8582,exports.ids=[8582],exports.modules={28582:((t,_,s)=>{s.d(_,{getDefaultRoleAssumerWithWebIdentity:()=>e.I$});var e=s(38398)})};
