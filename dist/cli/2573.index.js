exports.id=2573,exports.ids=[2573],exports.modules={22573:((e,d,s)=>{e.exports=s(10551)})};
