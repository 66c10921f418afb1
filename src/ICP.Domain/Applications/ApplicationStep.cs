namespace ICP.Domain.Applications;

/// <summary>The parts of the form, each saved on its own.</summary>
public enum ApplicationStep
{
    LocalAuthority = 1,
    Contacts = 2,
    Themes = 3,
    Case = 4,
    Capacity = 5,
}
