"use strict";exports.id=1089,exports.ids=[1089],exports.modules={1089:((E,d,_)=>{_.d(d,{fromEnv:()=>s.sF});var s=_(47194)})};
