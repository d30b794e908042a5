//! Code generation for statements.
//!
//! `try ... finally` is compiled with two registers, a completion *kind*
//! and a *value*: every way out of the protected code (falling through,
//! throwing, `return`, `break`, `continue`) sets them and jumps to the one
//! copy of the `finally` block, whose epilogue then finishes what was
//! interrupted: rethrow, return, or jump on (through outer `finally` blocks
//! if there are more).

use super::scope::{Decl, DeclKind, lexical_declarators, lexical_decls, switch_decls};
use super::{
    Binding, COMPLETION_NORMAL, COMPLETION_RETURN, COMPLETION_THROW, CResult, Compiler, Exit,
    FinallyCtx, JumpTarget, Loc, Patch, Resolved,
};
use crate::ast::{
    CatchClause, ForInTarget, ForInit, Name, Stmt, StmtKind, SwitchCase, VarDecl, VarKind,
};
use crate::bytecode::{Handler, Offset, Op, Reg};
use crate::source::Span;

impl Compiler<'_> {
    pub(super) fn stmts(&mut self, body: &[Stmt]) -> CResult<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.position(s.span);
        match &s.kind {
            StmtKind::Empty | StmtKind::Debugger | StmtKind::Import(_) => {}
            // Function declarations were created when their scope was entered.
            StmtKind::Function(_) => {}
            StmtKind::Expr(e) => self.expr_effect(e)?,
            StmtKind::Var(d) => self.var_decl(d, s.span)?,
            StmtKind::Return(arg) => {
                let mark = self.mark();
                let r = match arg {
                    Some(e) => self.expr_reg(e)?,
                    None => {
                        let t = self.temp()?;
                        self.emit(Op::LoadUndef { dst: t });
                        t
                    }
                };
                self.emit_return(r)?;
                self.release(mark);
            }
            StmtKind::If { test, cons, alt } => {
                let to_else = self.cond_jump(test, false)?;
                self.stmt(cons)?;
                match alt {
                    Some(alt) => {
                        let to_end = self.emit_jump();
                        for p in to_else {
                            self.patch_here(p);
                        }
                        self.stmt(alt)?;
                        self.patch_here(to_end);
                    }
                    None => {
                        for p in to_else {
                            self.patch_here(p);
                        }
                    }
                }
            }
            StmtKind::Block(body) => self.block(body)?,
            StmtKind::For { .. }
            | StmtKind::ForIn { .. }
            | StmtKind::While { .. }
            | StmtKind::DoWhile { .. } => {
                self.loop_stmt(s, Vec::new())?;
            }
            StmtKind::Labeled { .. } => self.labeled(s, Vec::new())?,
            StmtKind::Break(label) => self.jump_stmt(label.map(|l| l.name), false),
            StmtKind::Continue(label) => self.jump_stmt(label.map(|l| l.name), true),
            StmtKind::Throw(e) => {
                let mark = self.mark();
                let r = self.expr_reg(e)?;
                self.position(s.span);
                self.emit(Op::Throw { src: r });
                self.release(mark);
            }
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => {
                self.try_stmt(block, handler.as_deref(), finalizer.as_deref())?;
            }
            StmtKind::Switch { disc, cases } => self.switch(disc, cases, Vec::new())?,
        }
        Ok(())
    }

    /// A statement list in its own block scope.
    pub(super) fn block(&mut self, body: &[Stmt]) -> CResult<()> {
        self.push_scope(false);
        let mut decls = self.take_decls();
        lexical_decls(body, false, &mut decls);
        // Most blocks declare nothing: no bindings to put in their dead
        // zone and no named function to create.
        let declares = !decls.is_empty();
        self.declare_all(decls)?;
        if declares {
            self.init_tdz_bindings()?;
            self.hoist_functions(body)?;
        }
        self.stmts(body)?;
        self.pop_scope();
        Ok(())
    }

    fn var_decl(&mut self, d: &VarDecl, span: Span) -> CResult<()> {
        for x in d.decls {
            let mark = self.mark();
            match &x.init {
                Some(init) => {
                    let r = self.expr_temp_or_local(x.name.name, init)?;
                    self.store_binding(x.name.name, r, x.name.span, true)?;
                }
                None if d.kind != VarKind::Var => {
                    let t = self.temp()?;
                    self.emit(Op::LoadUndef { dst: t });
                    self.store_binding(x.name.name, t, span, true)?;
                }
                None => {}
            }
            self.release(mark);
        }
        Ok(())
    }

    /// Evaluates a declaration's initialiser: into the variable's register
    /// when it has one (see [`Compiler::expr_to_var`]), else into a
    /// temporary.
    fn expr_temp_or_local(&mut self, name: Name, init: &crate::ast::Expr) -> CResult<Reg> {
        let anonymous_function =
            matches!(&init.kind, crate::ast::ExprKind::Function(f) if f.name.is_none());
        if let Resolved::Local(Binding {
            loc: Loc::Reg(r), ..
        }) = self.resolve(name)
        {
            if anonymous_function {
                self.expr_to_named(init, r, name)?;
            } else {
                self.expr_to_var(init, r)?;
            }
            return Ok(r);
        }
        let t = self.temp()?;
        self.expr_to_named(init, t, name)?;
        Ok(t)
    }

    /// `return R[src]`, through any `finally` blocks in between.
    fn emit_return(&mut self, src: Reg) -> CResult<()> {
        if let Some(fin) = self.f().finallies.last() {
            let (kind, value) = (fin.kind, fin.value);
            if value != src {
                self.emit(Op::Move { dst: value, src });
            }
            self.emit(Op::LoadInt {
                dst: kind,
                value: COMPLETION_RETURN,
            });
            let p = self.emit_jump();
            if let Some(fin) = self.f().finallies.last_mut() {
                fin.entries.push(p);
                if !fin.exits.iter().any(|(k, _)| *k == COMPLETION_RETURN) {
                    fin.exits.push((COMPLETION_RETURN, Exit::Return));
                }
            }
        } else {
            self.emit(Op::Return { src });
        }
        Ok(())
    }

    /// `break`/`continue` (to `label`, or to the innermost target).
    fn jump_stmt(&mut self, label: Option<Name>, is_continue: bool) {
        let targets = &self.f().targets;
        let found = targets.iter().rposition(|t| match label {
            Some(l) => t.labels.contains(&l) && (!is_continue || t.is_loop),
            None => t.is_loop || (!is_continue && t.labels.is_empty()),
        });
        // The early-error pass guarantees that a target exists.
        if let Some(index) = found {
            self.jump_to_target(index, is_continue);
        }
    }

    /// Jumps to target `index`, through the `finally` blocks in between.
    fn jump_to_target(&mut self, index: usize, is_continue: bool) {
        let depth = self.f().targets[index].finally_depth;
        if self.f().finallies.len() > depth {
            let exit = if is_continue {
                Exit::Continue(index)
            } else {
                Exit::Break(index)
            };
            let code = {
                let fin = self.f().finallies.last().map_or(0, |f| f.exits.len());
                COMPLETION_RETURN + 1 + fin as i32
            };
            let kind = self.f().finallies.last().map(|f| f.kind);
            if let Some(kind) = kind {
                self.emit(Op::LoadInt {
                    dst: kind,
                    value: code,
                });
            }
            let p = self.emit_jump();
            if let Some(fin) = self.f().finallies.last_mut() {
                fin.entries.push(p);
                fin.exits.push((code, exit));
            }
        } else {
            let p = self.emit_jump();
            let t = &mut self.f().targets[index];
            if is_continue {
                t.continues.push(p);
            } else {
                t.breaks.push(p);
            }
        }
    }

    fn push_target(&mut self, labels: Vec<Name>, is_loop: bool) {
        let finally_depth = self.f().finallies.len();
        self.f().targets.push(JumpTarget {
            labels,
            is_loop,
            breaks: Vec::new(),
            continues: Vec::new(),
            finally_depth,
        });
    }

    /// Pops the innermost target, pointing its `continue`s at `cont` and its
    /// `break`s here.
    fn pop_target(&mut self, cont: Option<usize>) {
        let Some(t) = self.f().targets.pop() else {
            return;
        };
        if let Some(cont) = cont {
            for p in t.continues {
                self.patch_to(p, cont);
            }
        }
        for p in t.breaks {
            self.patch_here(p);
        }
    }

    fn labeled(&mut self, s: &Stmt, mut labels: Vec<Name>) -> CResult<()> {
        let StmtKind::Labeled { label, body } = &s.kind else {
            return self.stmt(s);
        };
        labels.push(label.name);
        match &body.kind {
            StmtKind::Labeled { .. } => self.labeled(body, labels),
            StmtKind::For { .. }
            | StmtKind::ForIn { .. }
            | StmtKind::While { .. }
            | StmtKind::DoWhile { .. } => {
                self.position(body.span);
                self.loop_stmt(body, labels)
            }
            StmtKind::Switch { disc, cases } => self.switch(disc, cases, labels),
            _ => {
                self.push_target(labels, false);
                self.stmt(body)?;
                self.pop_target(None);
                Ok(())
            }
        }
    }

    /// A loop's test at the bottom: jumps back to `top` while it holds.
    fn loop_test(&mut self, test: &crate::ast::Expr, top: usize) -> CResult<()> {
        for p in self.cond_jump(test, true)? {
            self.patch_to(p, top);
        }
        Ok(())
    }

    fn loop_stmt(&mut self, s: &Stmt, labels: Vec<Name>) -> CResult<()> {
        match &s.kind {
            // A loop's test goes after its body, reached by a jump on the
            // way in: an iteration then ends with the test's one
            // conditional jump back, where a test at the top takes a jump
            // out that is not taken and a jump back.
            StmtKind::While { test, body } => {
                let entry = self.emit_jump();
                let top = self.pc();
                self.push_target(labels, true);
                self.stmt(body)?;
                let cont = self.pc();
                self.patch_here(entry);
                self.loop_test(test, top)?;
                self.pop_target(Some(cont));
            }
            StmtKind::DoWhile { body, test } => {
                let top = self.pc();
                self.push_target(labels, true);
                self.stmt(body)?;
                let cont = self.pc();
                self.loop_test(test, top)?;
                self.pop_target(Some(cont));
            }
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => {
                self.push_scope(false);
                let mut per_iteration = Vec::new();
                match init {
                    Some(ForInit::Var(d)) => {
                        if d.kind != VarKind::Var {
                            for decl in lexical_declarators(d) {
                                let b = self.declare(decl)?;
                                if let Loc::Cell(c) = b.loc {
                                    per_iteration.push(c);
                                }
                            }
                            self.init_tdz_bindings()?;
                        }
                        self.var_decl(d, s.span)?;
                    }
                    Some(ForInit::Expr(e)) => self.expr_effect(e)?,
                    None => {}
                }
                self.fresh_cells(&per_iteration)?;
                let entry = test.as_ref().map(|_| self.emit_jump());
                let top = self.pc();
                self.push_target(labels, true);
                self.stmt(body)?;
                let cont = self.pc();
                self.fresh_cells(&per_iteration)?;
                if let Some(u) = update {
                    self.expr_effect(u)?;
                }
                match (test, entry) {
                    (Some(t), Some(entry)) => {
                        self.patch_here(entry);
                        self.loop_test(t, top)?;
                    }
                    _ => self.emit_jump_back(top),
                }
                self.pop_target(Some(cont));
                self.pop_scope();
            }
            StmtKind::ForIn { left, right, body } => {
                let mark = self.mark();
                // A `let`/`const` binding exists, in its temporal dead zone,
                // while the head's expression is evaluated; each iteration
                // then gets its own.
                self.push_scope(false);
                let lexical = match left {
                    ForInTarget::Decl(kind, id) if *kind != VarKind::Var => {
                        let kind = if *kind == VarKind::Let {
                            DeclKind::Let
                        } else {
                            DeclKind::Const
                        };
                        let decl = Decl {
                            name: id.name,
                            at: id.span.start,
                            kind,
                            ready: right.span.end,
                        };
                        let b = self.declare(decl)?;
                        self.init_tdz_bindings()?;
                        Some(b)
                    }
                    _ => None,
                };
                let obj = self.expr_reg(right)?;
                let iter = self.temp()?;
                self.position(right.span);
                self.emit(Op::ForInStart { dst: iter, obj });
                let key = self.temp()?;
                let top = self.pc();
                let done = Patch(self.pc());
                self.emit(Op::ForInNext {
                    dst: key,
                    iter,
                    done: Offset(0),
                });
                match (left, lexical) {
                    (_, Some(b)) => match b.loc {
                        Loc::Cell(cell) => self.emit(Op::NewCell { cell, src: key }),
                        loc => self.store_loc(loc, key),
                    },
                    (ForInTarget::Decl(_, id), None) => {
                        self.store_binding(id.name, key, id.span, true)?
                    }
                    (ForInTarget::Expr(target), None) => self.for_in_assign(target, key)?,
                }
                self.push_target(labels, true);
                self.stmt(body)?;
                self.pop_scope();
                self.emit_jump_back(top);
                self.pop_target(Some(top));
                self.patch_here(done);
                self.release(mark);
            }
            _ => self.stmt(s)?,
        }
        Ok(())
    }

    /// Assigns the key of a `for (target in o)` loop to its target: a
    /// variable or a member access.
    fn for_in_assign(&mut self, target: &crate::ast::Expr, key: Reg) -> CResult<()> {
        match &target.kind {
            crate::ast::ExprKind::Ident(name) => self.store_binding(*name, key, target.span, false),
            crate::ast::ExprKind::Member {
                object, property, ..
            } => {
                let mark = self.mark();
                let o = self.expr_reg(object)?;
                let k = self.key_of_name(*property);
                let k = self.key_const(k)?;
                self.position(target.span);
                self.emit(Op::SetProp {
                    obj: o,
                    key: k,
                    src: key,
                });
                self.release(mark);
                Ok(())
            }
            crate::ast::ExprKind::Index(operands) => {
                let (object, index) = &**operands;
                let mark = self.mark();
                let o = self.expr_reg(object)?;
                let k = self.expr_reg(index)?;
                self.position(target.span);
                self.emit(Op::SetElem {
                    obj: o,
                    key: k,
                    src: key,
                });
                self.release(mark);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Gives each captured loop variable a fresh cell holding its current
    /// value: each iteration of `for (let ...)` has its own binding.
    fn fresh_cells(&mut self, cells: &[crate::bytecode::Cell]) -> CResult<()> {
        if cells.is_empty() {
            return Ok(());
        }
        let mark = self.mark();
        let t = self.temp()?;
        for &cell in cells {
            self.emit(Op::LoadCell { dst: t, cell });
            self.emit(Op::NewCell { cell, src: t });
        }
        self.release(mark);
        Ok(())
    }

    fn switch(
        &mut self,
        disc: &crate::ast::Expr,
        cases: &[SwitchCase],
        labels: Vec<Name>,
    ) -> CResult<()> {
        let mark = self.mark();
        let d = self.expr_temp_keep(disc)?;
        self.push_scope(true);
        let mut decls = self.take_decls();
        switch_decls(cases, &mut decls);
        self.declare_all(decls)?;
        self.init_tdz_bindings()?;
        for c in cases {
            self.hoist_functions(c.body)?;
        }
        let mut to_case = Vec::with_capacity(cases.len());
        let test_reg = self.temp()?;
        for c in cases {
            match &c.test {
                Some(t) => {
                    let m = self.mark();
                    let r = self.expr_reg(t)?;
                    self.emit(Op::StrictEq {
                        dst: test_reg,
                        a: d,
                        b: r,
                    });
                    self.release(m);
                    to_case.push(Some(self.emit_jump_if(test_reg, true)));
                }
                None => to_case.push(None),
            }
        }
        let to_default = self.emit_jump();
        self.push_target(labels, false);
        let mut default_at = None;
        for (c, jump) in cases.iter().zip(to_case) {
            match jump {
                Some(p) => self.patch_here(p),
                None => default_at = Some(self.pc()),
            }
            self.stmts(c.body)?;
        }
        match default_at {
            Some(at) => self.patch_to(to_default, at),
            None => self.patch_here(to_default),
        }
        self.pop_target(None);
        self.pop_scope();
        self.release(mark);
        Ok(())
    }

    /// Evaluates into a temporary that stays allocated.
    fn expr_temp_keep(&mut self, e: &crate::ast::Expr) -> CResult<Reg> {
        let r = self.temp()?;
        self.expr_to(e, r)?;
        Ok(r)
    }

    fn try_stmt(
        &mut self,
        block: &[Stmt],
        handler: Option<&CatchClause>,
        finalizer: Option<&[Stmt]>,
    ) -> CResult<()> {
        let mark = self.mark();
        let start = self.pc() as u32;
        if finalizer.is_some() {
            let kind = self.temp()?;
            let value = self.temp()?;
            self.f().finallies.push(FinallyCtx {
                kind,
                value,
                entries: Vec::new(),
                exits: Vec::new(),
            });
        }
        self.block(block)?;
        let try_end = self.pc() as u32;
        let mut to_after = vec![self.emit_jump()];
        if let Some(h) = handler {
            let exception = self.temp()?;
            let target = self.pc() as u32;
            self.f().proto.handlers.push(Handler {
                start,
                end: try_end,
                target,
                exception,
            });
            self.catch_body(h, exception)?;
            to_after.push(self.emit_jump());
        }
        let Some(fin_body) = finalizer else {
            for p in to_after {
                self.patch_here(p);
            }
            self.release(mark);
            return Ok(());
        };
        let protected_end = self.pc() as u32;
        let fin = self.f().finallies.pop();
        let Some(fin) = fin else {
            self.release(mark);
            return Ok(());
        };
        // Normal completion.
        for p in to_after {
            self.patch_here(p);
        }
        self.emit(Op::LoadInt {
            dst: fin.kind,
            value: COMPLETION_NORMAL,
        });
        let to_body = self.emit_jump();
        // Exceptions from the try block and the catch block.
        let landing = self.pc() as u32;
        self.f().proto.handlers.push(Handler {
            start,
            end: protected_end,
            target: landing,
            exception: fin.value,
        });
        self.emit(Op::LoadInt {
            dst: fin.kind,
            value: COMPLETION_THROW,
        });
        self.patch_here(to_body);
        for p in &fin.entries {
            self.patch_here(*p);
        }
        self.block(fin_body)?;
        // Epilogue: finish what the finally block interrupted.
        let rethrow = Patch(self.pc());
        self.emit(Op::JumpIfInt {
            a: fin.kind,
            value: COMPLETION_THROW,
            offset: Offset(0),
        });
        let mut exits = Vec::new();
        for &(code, _) in &fin.exits {
            exits.push(Patch(self.pc()));
            self.emit(Op::JumpIfInt {
                a: fin.kind,
                value: code,
                offset: Offset(0),
            });
        }
        let to_end = self.emit_jump();
        self.patch_here(rethrow);
        self.emit(Op::Throw { src: fin.value });
        for (p, &(_, exit)) in exits.into_iter().zip(&fin.exits) {
            self.patch_here(p);
            match exit {
                Exit::Return => self.emit_return(fin.value)?,
                Exit::Break(i) => self.jump_to_target(i, false),
                Exit::Continue(i) => self.jump_to_target(i, true),
            }
        }
        self.patch_here(to_end);
        self.release(mark);
        Ok(())
    }

    fn catch_body(&mut self, h: &CatchClause, exception: Reg) -> CResult<()> {
        self.push_scope(false);
        if let Some(p) = h.param {
            let b = self.declare(Decl::new(p.name, p.span.start, DeclKind::Catch))?;
            match b.loc {
                Loc::Cell(cell) => self.emit(Op::NewCell {
                    cell,
                    src: exception,
                }),
                loc => self.store_loc(loc, exception),
            }
        }
        self.block(h.body)?;
        self.pop_scope();
        Ok(())
    }
}
