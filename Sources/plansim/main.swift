print("plansim")
