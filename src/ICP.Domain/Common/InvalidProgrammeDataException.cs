namespace ICP.Domain.Common;

/// <summary>An argument that no valid programme object could have (a programming or data error).</summary>
public sealed class InvalidProgrammeDataException(string message)
    : DomainException("invalid-programme-data", message);
