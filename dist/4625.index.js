"use strict";exports.id=4625,exports.ids=[4625],exports.modules={4625:((e,_,s)=>{s.d(_,{getDefaultRoleAssumer:()=>d.cz});var d=s(38398)})};
