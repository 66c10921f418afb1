namespace ICP.Web.Features.PersonalData;

/// <summary>Why an account deletion was refused.</summary>
public enum AccountDeletionRefusal
{
    None,
    WrongPassword,
    NotConfirmed,
    Staff,
    SubmitterWithColleagues,
}
