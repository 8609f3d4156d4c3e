using System.Diagnostics;

namespace Marketplace.Web.Tests.Infrastructure;

public static class Pdf
{
    /// <summary>A PDF's text as a reader's tool extracts it (poppler's pdftotext, which test.sh installs).</summary>
    public static string Text(byte[] pdf)
    {
        var start = new ProcessStartInfo("pdftotext", ["-layout", "-", "-"]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        process.StandardInput.BaseStream.Write(pdf);
        process.StandardInput.Close();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
