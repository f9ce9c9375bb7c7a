"use strict";exports.id=126,exports.ids=[126],exports.modules={20126:((E,d,_)=>{_.d(d,{fromEnv:()=>s.sF});var s=_(30321)})};
