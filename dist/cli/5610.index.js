"use strict";exports.id=5610,exports.ids=[5610],exports.modules={25610:((E,d,_)=>{_.d(d,{fromEnv:()=>s.sF});var s=_(38117)})};
