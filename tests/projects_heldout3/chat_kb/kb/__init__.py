"""Customer-service digital human: application, knowledge base and dialogs."""
