import { npv } from '/work/main/engine/finance/time-value.ts';
import { irr } from '/work/main/engine/finance/irr.ts';
console.log(npv([-40000, 8000, 9200, 10000, 12000, 14500], 0.08));
console.log(irr([-70000,12000,15000,18000,21000,26000]), irr([-70000,12000,15000,18000,21000]), irr([-70000,12000,15000]));
console.log(irr([-100,230,-132]), irr([-100,50,-100]), irr([100,50]), irr([-1,2,-1]), irr([-1000, 300, 400, 500]));
