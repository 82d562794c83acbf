# coding: euc_jp
x = 1
