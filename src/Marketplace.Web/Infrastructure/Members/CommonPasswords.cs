using Marketplace.Domain.Members;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Infrastructure.Members;

/// <summary>Refuses a new password that is on the shipped list of common ones (common-passwords.txt, case
/// ignored) or that is the member's own e-mail address or its name part.</summary>
public sealed class CommonPasswords : IPasswordValidator<Member>
{
    public const string Code = "CommonPassword";

    private static readonly Lazy<HashSet<string>> List = new(() =>
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded in the app.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
            if (line.Trim() is { Length: > 0 } word && !word.StartsWith('#')) words.Add(word);
        return words;
    });

    public static bool IsCommon(string password, string? email)
    {
        if (List.Value.Contains(password)) return true;
        if (email is not { Length: > 0 }) return false;
        var local = email.Split('@')[0];
        return password.Equals(email, StringComparison.OrdinalIgnoreCase) || (local.Length >= 4 && password.Contains(local, StringComparison.OrdinalIgnoreCase));
    }

    public Task<IdentityResult> ValidateAsync(UserManager<Member> manager, Member user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password, user.Email)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = "The password is too common." })
            : IdentityResult.Success);
}
