namespace ApecGraph.Core.Store;

/// <summary>The store cannot be reached or did not answer in time; the request may succeed later.</summary>
public sealed class GraphStoreUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
