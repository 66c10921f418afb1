namespace ICP.Domain.Common;

/// <summary>A local authority with the same name is already registered in that country.</summary>
public sealed class DuplicateLocalAuthorityException(string name, string countryCode)
    : DomainException("duplicate-local-authority", $"{name} ({countryCode}) is already registered.");
