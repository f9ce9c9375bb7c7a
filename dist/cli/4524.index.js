"use strict";exports.id=4524,exports.ids=[4524],exports.modules={84524:((E,d,_)=>{_.d(d,{fromEnv:()=>s.sF});var s=_(30455)})};
