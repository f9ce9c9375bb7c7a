"use strict";exports.id=2598,exports.ids=[2598],exports.modules={62598:((E,d,_)=>{_.d(d,{fromEnv:()=>s.sF});var s=_(49241)})};
