// A fixed year of local Morans for the LISA map's snapshot: moranOfYear over the chart fixture's 2020 values
// (provinceValues(2020)) with the shared-border weights of data/contiguity.csv, figures rounded to 4
// decimals and copied here, so that the snapshot changes only when the map draws differently.
// tests/unit/lisa-map.test.ts checks that the reference function still gives these figures.
import type { MoranYear } from '$lib/metrics/moran-types';

export const LISA_YEAR = 2020;

export const LISA_FIXTURE: MoranYear = {
	global: {
		provinces: 31,
		i: 0.5628,
		expected: -0.0333,
		variance: 0.014,
		z: 5.0303,
		pNorm: 4.896918174390137e-7,
		pPerm: 0.001,
		permutations: 999,
		islands: []
	},
	locals: [
		{
			adcode: 110000,
			value: 417.88,
			z: 2.2447,
			lagZ: 0.0252,
			localI: 0.0565,
			pPerm: 0.394,
			cluster: 'not-significant'
		},
		{
			adcode: 120000,
			value: 361.46,
			z: 0.5927,
			lagZ: 0.8512,
			localI: 0.5045,
			pPerm: 0.11,
			cluster: 'not-significant'
		},
		{
			adcode: 130000,
			value: 322.7,
			z: -0.5423,
			lagZ: 0.1708,
			localI: -0.0926,
			pPerm: 0.337,
			cluster: 'not-significant'
		},
		{
			adcode: 140000,
			value: 325.73,
			z: -0.4536,
			lagZ: -0.3656,
			localI: 0.1658,
			pPerm: 0.252,
			cluster: 'not-significant'
		},
		{
			adcode: 150000,
			value: 309.39,
			z: -0.932,
			lagZ: -0.6703,
			localI: 0.6248,
			pPerm: 0.004,
			cluster: 'low-low'
		},
		{
			adcode: 210000,
			value: 326.29,
			z: -0.4372,
			lagZ: -0.8132,
			localI: 0.3555,
			pPerm: 0.048,
			cluster: 'low-low'
		},
		{
			adcode: 220000,
			value: 308.26,
			z: -0.9651,
			lagZ: -0.7994,
			localI: 0.7715,
			pPerm: 0.044,
			cluster: 'low-low'
		},
		{
			adcode: 230000,
			value: 306.08,
			z: -1.029,
			lagZ: -0.9486,
			localI: 0.976,
			pPerm: 0.037,
			cluster: 'low-low'
		},
		{
			adcode: 310000,
			value: 431.93,
			z: 2.6561,
			lagZ: 1.5527,
			localI: 4.1241,
			pPerm: 0.011,
			cluster: 'high-high'
		},
		{
			adcode: 320000,
			value: 381.61,
			z: 1.1827,
			lagZ: 1.2584,
			localI: 1.4883,
			pPerm: 0.012,
			cluster: 'high-high'
		},
		{
			adcode: 330000,
			value: 406.88,
			z: 1.9226,
			lagZ: 1.0444,
			localI: 2.008,
			pPerm: 0.005,
			cluster: 'high-high'
		},
		{
			adcode: 340000,
			value: 350.16,
			z: 0.2618,
			lagZ: 0.6298,
			localI: 0.1649,
			pPerm: 0.052,
			cluster: 'not-significant'
		},
		{
			adcode: 350000,
			value: 380.13,
			z: 1.1393,
			lagZ: 1.0089,
			localI: 1.1494,
			pPerm: 0.046,
			cluster: 'high-high'
		},
		{
			adcode: 360000,
			value: 340.61,
			z: -0.0179,
			lagZ: 0.7811,
			localI: -0.014,
			pPerm: 0.026,
			cluster: 'low-high'
		},
		{
			adcode: 370000,
			value: 347.81,
			z: 0.193,
			lagZ: 0.2225,
			localI: 0.0429,
			pPerm: 0.307,
			cluster: 'not-significant'
		},
		{
			adcode: 410000,
			value: 340.81,
			z: -0.012,
			lagZ: -0.0012,
			localI: 0,
			pPerm: 0.477,
			cluster: 'not-significant'
		},
		{
			adcode: 420000,
			value: 358.64,
			z: 0.5101,
			lagZ: 0.0151,
			localI: 0.0077,
			pPerm: 0.458,
			cluster: 'not-significant'
		},
		{
			adcode: 430000,
			value: 332.03,
			z: -0.2691,
			lagZ: 0.0455,
			localI: -0.0123,
			pPerm: 0.47,
			cluster: 'not-significant'
		},
		{
			adcode: 440000,
			value: 379.53,
			z: 1.1218,
			lagZ: 0.0931,
			localI: 0.1044,
			pPerm: 0.363,
			cluster: 'not-significant'
		},
		{
			adcode: 450000,
			value: 325.17,
			z: -0.47,
			lagZ: -0.1969,
			localI: 0.0925,
			pPerm: 0.376,
			cluster: 'not-significant'
		},
		{
			adcode: 460000,
			value: 344.05,
			z: 0.0829,
			lagZ: 1.1218,
			localI: 0.093,
			pPerm: 0.221,
			cluster: 'not-significant'
		},
		{
			adcode: 500000,
			value: 344.76,
			z: 0.1037,
			lagZ: -0.1794,
			localI: -0.0186,
			pPerm: 0.345,
			cluster: 'not-significant'
		},
		{
			adcode: 510000,
			value: 334.82,
			z: -0.1874,
			lagZ: -0.6737,
			localI: 0.1263,
			pPerm: 0.016,
			cluster: 'low-low'
		},
		{
			adcode: 520000,
			value: 307.94,
			z: -0.9745,
			lagZ: -0.2977,
			localI: 0.2901,
			pPerm: 0.231,
			cluster: 'not-significant'
		},
		{
			adcode: 530000,
			value: 318.48,
			z: -0.6659,
			lagZ: -0.6326,
			localI: 0.4212,
			pPerm: 0.063,
			cluster: 'not-significant'
		},
		{
			adcode: 540000,
			value: 310.53,
			z: -0.8987,
			lagZ: -0.7686,
			localI: 0.6907,
			pPerm: 0.023,
			cluster: 'low-low'
		},
		{
			adcode: 610000,
			value: 342.04,
			z: 0.024,
			lagZ: -0.3664,
			localI: -0.0088,
			pPerm: 0.141,
			cluster: 'not-significant'
		},
		{
			adcode: 620000,
			value: 305.5,
			z: -1.0459,
			lagZ: -0.7051,
			localI: 0.7374,
			pPerm: 0.012,
			cluster: 'low-low'
		},
		{
			adcode: 630000,
			value: 298.23,
			z: -1.2588,
			lagZ: -0.7736,
			localI: 0.9738,
			pPerm: 0.014,
			cluster: 'low-low'
		},
		{
			adcode: 640000,
			value: 310.02,
			z: -0.9136,
			lagZ: -0.6513,
			localI: 0.595,
			pPerm: 0.097,
			cluster: 'not-significant'
		},
		{
			adcode: 650000,
			value: 308.35,
			z: -0.9625,
			lagZ: -1.0678,
			localI: 1.0277,
			pPerm: 0.006,
			cluster: 'low-low'
		}
	]
};
