"""The GitHub Action's step (action.yml runs run.py)."""
