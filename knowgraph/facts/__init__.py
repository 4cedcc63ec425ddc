"""Mentions to facts: relation rules, modality (hedged, negated, rumoured), events with their
amounts and dates.
"""
