namespace ICP.Web.Features.Email;

/// <summary>A call to action in an e-mail: a button in HTML, a plain link in text.</summary>
public sealed record EmailLink(string Text, string Url);
