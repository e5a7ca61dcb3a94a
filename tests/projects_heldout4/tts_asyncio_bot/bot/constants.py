BEIJING = "cn-north-4"
GUANGZHOU = "cn-south-1"  # expect: MST202
NARRATOR_VOICE = "3c4d5e6f708192a3b4c5d6e7f8091a2b"
