"""Help-desk avatar whose knowledge base lives in MetaStudio (iFLYTEK Spark application)."""
