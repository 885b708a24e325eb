import statistics as st
from fractions import Fraction as F
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5, 2]), st.mean([F(1, 3), F(2, 3), 1]), st.mean([1, 2.0]), st.mean(range(10)), st.mean([True, False, True]))
print(st.fmean([1, 2, 3, 4]), st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2])), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([1, 2]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median([2.5, 1.5]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.mode([3, 1, 1, 3]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4]), st.pstdev([1, 2, 3, 4, 5]))
print(st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.variance(data, 1.0), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.stdev(range(100)), st.pstdev([10**20, 10**20 + 2]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles([1.5, 2.5], n=3), st.quantiles([7], n=4))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, y), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1], method='ranked'), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(130), 12), round(nd.inv_cdf(0.975), 9), round(nd.pdf(100), 12), nd.zscore(115), nd + 5, nd * 2, st.NormalDist.from_samples([1, 2, 3, 4]), [round(q, 6) for q in nd.quantiles()])
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.pvariance([]), lambda: st.quantiles([1, 2], n=0), lambda: st.fmean([]), lambda: st.mean(['a']), lambda: st.geometric_mean([-1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.covariance([1], [1, 2])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e, isinstance(e, ValueError))
