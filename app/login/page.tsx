import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/login-form";
import { getCurrentUser } from "@/lib/http/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/articles");
  return (
    <div className="login-wrap card">
      <h1>Sign in to ClaimLedger</h1>
      <LoginForm />
    </div>
  );
}
