"use strict";exports.id=7819,exports.ids=[7819],exports.modules={17819:((E,d,_)=>{_.d(d,{fromEnv:()=>s.sF});var s=_(17836)})};
