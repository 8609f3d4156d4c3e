namespace Marketplace.Domain.Common;

/// <summary>An amount of Korean won. KRW has no minor unit, so an amount is a whole number.</summary>
public readonly record struct Won(long Amount) : IComparable<Won>
{
    public static readonly Won Zero = new(0);

    public static Won operator +(Won a, Won b) => new(checked(a.Amount + b.Amount));
    public static Won operator -(Won a, Won b) => new(checked(a.Amount - b.Amount));
    public static Won operator *(Won a, int quantity) => new(checked(a.Amount * quantity));
    public static bool operator <(Won a, Won b) => a.Amount < b.Amount;
    public static bool operator >(Won a, Won b) => a.Amount > b.Amount;
    public static bool operator <=(Won a, Won b) => a.Amount <= b.Amount;
    public static bool operator >=(Won a, Won b) => a.Amount >= b.Amount;

    public int CompareTo(Won other) => Amount.CompareTo(other.Amount);

    /// <summary>Splits a VAT-inclusive price into supply price and VAT (10%), as a tax invoice
    /// shows them: VAT is the inclusive price less the supply price, rounded down to whole won.</summary>
    public (Won Supply, Won Vat) SplitVat()
    {
        var supply = (long)Math.Round(Amount / 1.1m, MidpointRounding.AwayFromZero);
        return (new Won(supply), new Won(Amount - supply));
    }

    public override string ToString() => $"{Amount:N0} KRW";
}
