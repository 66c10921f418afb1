namespace ICP.Domain.Common;

/// <summary>A city may still submit under its individual extension, so it cannot be selected yet.</summary>
public sealed class ExtensionStillOpenException()
    : DomainException("extension-still-open", "The city's individual extension is still running.");
