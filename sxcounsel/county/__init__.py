"""county"""
