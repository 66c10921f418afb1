using ICP.Domain.Common;

namespace ICP.Domain.Activities;

/// <summary>A step asked of a registration whose status does not allow it (confirming a cancelled one, promoting one not waiting).</summary>
public sealed class RegistrationNotActiveException(RegistrationStatus status, string step)
    : DomainException("registration-not-active", $"Cannot {step} a registration that is {status}.")
{
    public RegistrationStatus Status { get; } = status;

    public string Step { get; } = step;
}
