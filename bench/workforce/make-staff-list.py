"""A synthetic anonymised staff list in the documented format (docs/pay-gaps.md): the
eight known columns and two further characteristics, one row per employee, the same
rows for the same seed. Usage: make-staff-list.py ROWS [FILE]   (default standard output)
"""
import random
import sys

SEXES = ["Female", "Male", "Female", "Male", "Prefer not to say"]
ETHNICITIES = ["White British", "White other", "Asian", "Black", "Mixed", "Other", "Not known"]
DISABILITIES = ["No", "Yes", "Prefer not to say", "Not known"]
AGE_BANDS = ["16-24", "25-34", "35-44", "45-54", "55-64", "65+"]
RELIGIONS = ["No religion", "Christian", "Muslim", "Hindu", "Sikh", "Jewish", "Buddhist", "Prefer not to say"]


def main():
    rows = int(sys.argv[1])
    out = open(sys.argv[2], "w", newline="") if len(sys.argv) > 2 else sys.stdout
    pick = random.Random(2026)
    out.write("employee_id,sex,ethnicity,disability,grade,full_pay,hourly_pay,bonus_pay,age_band,religion_or_belief\n")
    for number in range(1, rows + 1):
        grade = pick.randint(1, 12)
        rate = 10.5 + grade * 1.9 + pick.randint(0, 180) / 100
        bonus = f"{pick.randint(100, 2000)}.00" if pick.random() < 0.05 else ""
        full_pay = "no" if pick.random() < 0.03 else "yes"
        out.write(f"E{number:07d},{pick.choice(SEXES)},{pick.choice(ETHNICITIES)},{pick.choice(DISABILITIES)},Grade {grade},"
                  f"{full_pay},{rate:.2f},{bonus},{pick.choice(AGE_BANDS)},{pick.choice(RELIGIONS)}\n")


main()
