using ICP.Domain.Common;

namespace ICP.Domain.Activities;

/// <summary>A registration without the person's consent to keep their contact details.</summary>
public sealed class ConsentRequiredException()
    : DomainException("consent-required", "Registration needs consent for the contact details.");
