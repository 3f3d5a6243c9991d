<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>CameraView</name>
    <message>
        <source>Camera starting…</source>
        <translation type="unfinished">Камера включается…</translation>
    </message>
    <message>
        <source>No camera: use the scanner or type your ID</source>
        <translation type="unfinished">Нет камеры: воспользуйтесь сканером или введите свой ID</translation>
    </message>
    <message>
        <source>Camera disconnected, reconnecting…</source>
        <translation type="unfinished">Камера отключена, переподключение…</translation>
    </message>
    <message>
        <source>Camera: hold your card or pass up to it</source>
        <translation type="unfinished">Камера: поднесите к ней карту или пропуск</translation>
    </message>
</context>
<context>
    <name>ChildCareFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Неверный PIN. Попробуйте ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. You still count as in the room.</source>
        <translation type="unfinished">
            <numerusform>Заблокировано после %n минуты бездействия. Вы по-прежнему считаетесь в комнате.</numerusform>
            <numerusform>Заблокировано после %n минут бездействия. Вы по-прежнему считаетесь в комнате.</numerusform>
            <numerusform>Заблокировано после %n минут бездействия. Вы по-прежнему считаетесь в комнате.</numerusform>
        </translation>
    </message>
    <message>
        <source>You left the room; you no longer count for its ratio.</source>
        <translation type="unfinished">Вы вышли из комнаты и больше не учитываетесь в её соотношении.</translation>
    </message>
    <message>
        <source>You cannot leave yet: the children in the room need you for the ratio. Sign another staff member in, or check children out first.</source>
        <translation type="unfinished">Пока нельзя уйти: детям в комнате вы нужны для соблюдения соотношения. Пусть войдёт другой сотрудник, или сначала передайте детей родителям.</translation>
    </message>
    <message>
        <source>Signed in: %1, counted in %2</source>
        <translation type="unfinished">Вход выполнен: %1, учитывается в: %2</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">Отмечен: %1</translation>
    </message>
    <message>
        <source>Picked up: %1</source>
        <translation type="unfinished">Забрали: %1</translation>
    </message>
    <message>
        <source>Released without the code: %1. The reason is recorded.</source>
        <translation type="unfinished">Передан без кода: %1. Причина записана.</translation>
    </message>
    <message>
        <source>ALLERGY</source>
        <translation type="unfinished">АЛЛЕРГИЯ</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished">до %1</translation>
    </message>
    <message>
        <source>Pickup: %1</source>
        <translation type="unfinished">Забирает: %1</translation>
    </message>
    <message>
        <source>No printer is set up on this station. You can save the labels as a PDF file instead.</source>
        <translation type="unfinished">На этой станции не настроен принтер. Вместо этого можно сохранить наклейки в файл PDF.</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation type="unfinished">Просмотр наклеек</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished">Обновить (F5)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished">Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <source>Leave the room</source>
        <translation type="unfinished">Уйти из комнаты</translation>
    </message>
</context>
<context>
    <name>ChildCareMessages</name>
    <message>
        <source>No child here matches that code today. Check the code on the slip; if it is lost, use a release with a reason.</source>
        <translation type="unfinished">Сегодня ни один ребёнок не подходит под этот код. Проверьте код на квитанции; если она потеряна, передайте ребёнка с указанием причины.</translation>
    </message>
    <message>
        <source>Not checked in: the room would be over its staff-to-child ratio. Sign another staff member in to the room, or send the parent to the front desk.</source>
        <translation type="unfinished">Не принят: в комнате будет нарушено соотношение сотрудников и детей. Пусть в комнату войдёт ещё один сотрудник, или направьте родителя на стойку регистрации.</translation>
    </message>
    <message>
        <source>Not checked in: the room is full. Send the parent to the front desk.</source>
        <translation type="unfinished">Не принят: комната заполнена. Направьте родителя на стойку регистрации.</translation>
    </message>
    <message>
        <source>Do not hand the child over: %1 is on this child&apos;s refused list. Call a supervisor.</source>
        <translation type="unfinished">Не передавайте ребёнка: %1 в списке лиц, которым запрещено забирать этого ребёнка. Позовите руководителя.</translation>
    </message>
    <message>
        <source>%1 is not a guardian or on the authorized list. Check their ID; release only with a reason.</source>
        <translation type="unfinished">%1 не является опекуном и не внесён в список разрешённых лиц. Проверьте документ; передавайте только с указанием причины.</translation>
    </message>
    <message>
        <source>That child is not in the room.</source>
        <translation type="unfinished">Этого ребёнка нет в комнате.</translation>
    </message>
    <message>
        <source>Only child-care staff or a supervisor can sign in at the child-care room.</source>
        <translation type="unfinished">Войти в детской комнате могут только сотрудники по уходу за детьми или руководитель.</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">В этом центре не настроена детская комната. Обратитесь в ИТ-службу.</translation>
    </message>
</context>
<context>
    <name>ChildCareSignInScreen</name>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Уход за детьми</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter. You then count for the staff-to-child ratio of %1.</source>
        <translation type="unfinished">Введите свой PIN сотрудника и нажмите Enter. После этого вы учитываетесь в соотношении сотрудников и детей: %1.</translation>
    </message>
</context>
<context>
    <name>ChildCareWindow</name>
    <message>
        <source>CRC child care: %1</source>
        <translation type="unfinished">Уход за детьми CRC: %1</translation>
    </message>
    <message>
        <source>This site has no child-care room set up. Call IT.</source>
        <translation type="unfinished">В этом центре не настроена детская комната. Обратитесь в ИТ-службу.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: this station has no site link key. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">Киоски в холле не могут записывать детей в эту комнату: на этой станции нет ключа связи центра. Родителей направляют на стойку регистрации. Позвоните в ИТ.</translation>
    </message>
    <message>
        <source>The lobby kiosks cannot sign children up for this room: port %1 is in use on this station. Parents are sent to the front desk. Call IT.</source>
        <translation type="unfinished">Киоски в холле не могут записывать детей в эту комнату: порт %1 на этой станции занят. Родителей направляют на стойку регистрации. Позвоните в ИТ.</translation>
    </message>
</context>
<context>
    <name>ChildrenScreen</name>
    <message>
        <source>Please type the child&apos;s first name.</source>
        <translation type="unfinished">Введите имя ребёнка.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s last name.</source>
        <translation type="unfinished">Введите фамилию ребёнка.</translation>
    </message>
    <message>
        <source>Please type the child&apos;s date of birth: month, day, year.</source>
        <translation type="unfinished">Введите дату рождения ребёнка: месяц, день, год.</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Уход за детьми</translation>
    </message>
    <message>
        <source>Child care while you are here</source>
        <translation type="unfinished">Присмотр за детьми, пока вы здесь</translation>
    </message>
    <message>
        <source>Touch each child who will stay in the children&apos;s room.</source>
        <translation type="unfinished">Коснитесь каждого ребёнка, который останется в детской комнате.</translation>
    </message>
    <message>
        <source>%1 During: %2</source>
        <translation type="unfinished">%1 Время: %2</translation>
    </message>
    <message>
        <source>Add each child who will stay with us.</source>
        <translation type="unfinished">Добавьте каждого ребёнка, который останется у нас.</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation type="unfinished">%1, возраст %2</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation type="unfinished">Имя ребёнка</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation type="unfinished">Фамилия ребёнка</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth (month / day / year)</source>
        <translation type="unfinished">Дата рождения ребёнка (месяц / день / год)</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished">Добавить ребёнка</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation type="unfinished">Добавить этого ребёнка</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Назад</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">Отметиться</translation>
    </message>
</context>
<context>
    <name>ChooseScreen</name>
    <message>
        <source>Choose why you came</source>
        <translation type="unfinished">Выберите цель визита</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished">Добро пожаловать, %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Добро пожаловать</translation>
    </message>
    <message>
        <source>What are you here for today? Touch one or more.</source>
        <translation type="unfinished">Зачем вы пришли сегодня? Коснитесь одного или нескольких.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished">Услуги</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">Занятия сегодня</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation type="unfinished">Сегодня занятий нет.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1–%2</translation>
    </message>
    <message>
        <source>%1 (full)</source>
        <translation type="unfinished">%1 (мест нет)</translation>
    </message>
    <message>
        <source>I need child care</source>
        <translation type="unfinished">Мне нужен присмотр за детьми</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished">Отметиться</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Pickup code: %1</source>
        <translation type="unfinished">Код для забора: %1</translation>
    </message>
    <message>
        <source>Your slip is printing.</source>
        <translation type="unfinished">Ваш талон печатается.</translation>
    </message>
    <message>
        <source>The printer is not available. Please take a photo of the screen.</source>
        <translation type="unfinished">Принтер недоступен. Сфотографируйте экран.</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished">Вы отмечены</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Готово</translation>
    </message>
    <message>
        <source>Your CRC pass QR code</source>
        <translation type="unfinished">QR-код вашего пропуска CRC</translation>
    </message>
    <message>
        <source>Take a photo of this code. Next time, scan it here.</source>
        <translation type="unfinished">Сфотографируйте этот код. В следующий раз отсканируйте его здесь.</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation type="unfinished">Распечатать талон</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation type="unfinished">Вы уже отмечены</translation>
    </message>
    <message>
        <source>You are checked in, %1</source>
        <translation type="unfinished">%1, вы отмечены</translation>
    </message>
    <message>
        <source>Child care for %1 in %2 until %3. Your pickup code:</source>
        <translation type="unfinished">Присмотр за детьми: %1, в помещении %2 до %3. Ваш код для забора:</translation>
    </message>
    <message>
        <source>Pickup code %1</source>
        <translation type="unfinished">Код для забора %1</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s), to keep your information private.</source>
        <translation type="unfinished">
            <numerusform>Начнём заново через %n секунду, чтобы защитить ваши данные.</numerusform>
            <numerusform>Начнём заново через %n секунды, чтобы защитить ваши данные.</numerusform>
            <numerusform>Начнём заново через %n секунд, чтобы защитить ваши данные.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Я здесь</translation>
    </message>
</context>
<context>
    <name>DeskDayScreen</name>
    <message>
        <source>In the building now (%1)</source>
        <translation type="unfinished">Сейчас в здании (%1)</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">мест нет</translation>
    </message>
    <message>
        <source>No plans</source>
        <translation type="unfinished">Нет планов</translation>
    </message>
    <message>
        <source>paused: credentials need attention (call IT)</source>
        <translation type="unfinished">приостановлено: проверьте учётные данные (позвоните в ИТ)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n ожидают, нет связи с %1</numerusform>
            <numerusform>%n ожидают, нет связи с %1</numerusform>
            <numerusform>%n ожидают, нет связи с %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
            <numerusform>%n ожидают</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished">всё отправлено</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
        </translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished">День</translation>
    </message>
    <message>
        <source>In the building now</source>
        <translation type="unfinished">Сейчас в здании</translation>
    </message>
    <message>
        <source>Today&apos;s classes</source>
        <translation type="unfinished">Занятия сегодня</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">Занятие</translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished">Комната</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Время</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished">Записано</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Название</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished">Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished">Конец</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished">Мест</translation>
    </message>
    <message>
        <source>Save class</source>
        <translation type="unfinished">Сохранить занятие</translation>
    </message>
    <message>
        <source>Check-ins per hour</source>
        <translation type="unfinished">Отметки по часам</translation>
    </message>
    <message>
        <source>Sending to the plans</source>
        <translation type="unfinished">Отправка в планы</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished">Отчёт</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">С</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">По</translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished">Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished">Последний день</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished">Экспорт CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished">Экспорт PDF…</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Неверный PIN. Попробуйте ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform>Выход после %n мин. без действий.</numerusform>
            <numerusform>Выход после %n мин. без действий.</numerusform>
            <numerusform>Выход после %n мин. без действий.</numerusform>
        </translation>
    </message>
    <message>
        <source>front desk</source>
        <translation type="unfinished">стойка регистрации</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished">руководитель</translation>
    </message>
    <message>
        <source>child care</source>
        <translation type="unfinished">присмотр за детьми</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">ИТ</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished">Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>This card is not registered here yet. Complete the form to register.</source>
        <translation type="unfinished">Эта карта здесь ещё не зарегистрирована. Заполните форму.</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished">Отмечен: %1</translation>
    </message>
    <message>
        <source>Correction saved. The visit now has: %1</source>
        <translation type="unfinished">Исправление сохранено. Теперь в визите: %1</translation>
    </message>
    <message>
        <source>Visit voided. It no longer counts.</source>
        <translation type="unfinished">Визит аннулирован и больше не учитывается.</translation>
    </message>
    <message>
        <source>A person cannot be merged with themself.</source>
        <translation type="unfinished">Нельзя объединить человека с самим собой.</translation>
    </message>
    <message>
        <source>Merged. Their visits are now this person&apos;s.</source>
        <translation type="unfinished">Объединено. Их визиты теперь у этого человека.</translation>
    </message>
    <message>
        <source>Merge undone. They are two people again.</source>
        <translation type="unfinished">Объединение отменено. Это снова два человека.</translation>
    </message>
    <message>
        <source>No printer is set up on this station. The check-in is saved; you can print to a PDF file instead.</source>
        <translation type="unfinished">На этой станции нет принтера. Отметка сохранена; можно напечатать в PDF-файл.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished">Предпросмотр печати</translation>
    </message>
    <message>
        <source>Only a supervisor can change today&apos;s classes.</source>
        <translation type="unfinished">Только руководитель может менять сегодняшние занятия.</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished">Отчёт сохранён: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished">Сохранить отчёт</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation type="unfinished">Поиск (F3)</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">Новый посетитель (Ctrl+N)</translation>
    </message>
    <message>
        <source>The day (F5)</source>
        <translation type="unfinished">День (F5)</translation>
    </message>
    <message>
        <source>Staff (F7)</source>
        <translation type="unfinished">Сотрудники (F7)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">Выйти</translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>Too many wrong PINs. Sign-in is locked until %1 (%2 min).</source>
        <translation type="unfinished">Слишком много неверных PIN. Вход заблокирован до %1 (%2 мин).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Не сохранено: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished">Не найдено: %1</translation>
    </message>
    <message>
        <source>That class is full. Choose another.</source>
        <translation type="unfinished">Это занятие заполнено. Выберите другое.</translation>
    </message>
    <message>
        <source>That service is not offered here.</source>
        <translation type="unfinished">Эта услуга здесь не предоставляется.</translation>
    </message>
    <message>
        <source>This is not available on this station yet.</source>
        <translation type="unfinished">На этой станции это пока недоступно.</translation>
    </message>
    <message>
        <source>That did not work. Try again, or call IT if it keeps failing.</source>
        <translation type="unfinished">Не получилось. Попробуйте ещё раз или позвоните в ИТ.</translation>
    </message>
</context>
<context>
    <name>DeskPersonScreen</name>
    <message>
        <source>Born %1</source>
        <translation type="unfinished">Дата рождения %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation type="unfinished">последний визит %1</translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished">мест нет</translation>
    </message>
    <message>
        <source>Not checked in today.</source>
        <translation type="unfinished">Сегодня не отмечен.</translation>
    </message>
    <message>
        <source>Today&apos;s visit was voided.</source>
        <translation type="unfinished">Сегодняшний визит аннулирован.</translation>
    </message>
    <message>
        <source>Checked in today: %1</source>
        <translation type="unfinished">Отмечен сегодня: %1</translation>
    </message>
    <message>
        <source>Choose at least one service or class first.</source>
        <translation type="unfinished">Сначала выберите хотя бы одну услугу или занятие.</translation>
    </message>
    <message>
        <source>Type a reason first (it is kept with the record).</source>
        <translation type="unfinished">Сначала укажите причину (она сохраняется с записью).</translation>
    </message>
    <message>
        <source>Change the services first, then save the correction.</source>
        <translation type="unfinished">Сначала измените услуги, затем сохраните исправление.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">последний визит</translation>
    </message>
    <message>
        <source>Find the duplicate first: type a name in the merge field.</source>
        <translation type="unfinished">Сначала найдите дубликат: введите имя в поле объединения.</translation>
    </message>
    <message>
        <source>Merge %1 into %2? It can be undone.</source>
        <translation type="unfinished">Объединить %1 с %2? Это можно отменить.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Человек</translation>
    </message>
    <message>
        <source>Services and today&apos;s classes</source>
        <translation type="unfinished">Услуги и занятия сегодня</translation>
    </message>
    <message>
        <source>Check in (Ctrl+Enter)</source>
        <translation type="unfinished">Отметить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;Причина</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <source>Why: e.g. chose the wrong class</source>
        <translation type="unfinished">Почему: напр., выбрано не то занятие</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished">Сохранить исправление</translation>
    </message>
    <message>
        <source>Void visit</source>
        <translation type="unfinished">Аннулировать визит</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished">Печать талона</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation type="unfinished">Печать наклейки</translation>
    </message>
    <message>
        <source>Merge a duplicate into this person</source>
        <translation type="unfinished">Объединить дубликат с этим человеком</translation>
    </message>
    <message>
        <source>Find the duplicate by name, phone or ID</source>
        <translation type="unfinished">Найдите дубликат по имени, телефону или ID</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation type="unfinished">Найти дубликат</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Возможные дубликаты</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished">Объединить…</translation>
    </message>
    <message>
        <source>Confirm merge</source>
        <translation type="unfinished">Подтвердить объединение</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished">Отменить объединение</translation>
    </message>
</context>
<context>
    <name>DeskRegisterScreen</name>
    <message>
        <source>Type the first name.</source>
        <translation type="unfinished">Введите имя.</translation>
    </message>
    <message>
        <source>Type the last name.</source>
        <translation type="unfinished">Введите фамилию.</translation>
    </message>
    <message>
        <source>That date of birth is in the future.</source>
        <translation type="unfinished">Эта дата рождения в будущем.</translation>
    </message>
    <message>
        <source>There is no such date. Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">Такой даты нет. Введите дату рождения как ММ/ДД/ГГГГ, напр. 03/14/1986.</translation>
    </message>
    <message>
        <source>Type the date of birth as MM/DD/YYYY, e.g. 03/14/1986.</source>
        <translation type="unfinished">Введите дату рождения как ММ/ДД/ГГГГ, напр. 03/14/1986.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits, e.g. 213-555-0100.</source>
        <translation type="unfinished">Номер телефона — 10 цифр, напр. 213-555-0100.</translation>
    </message>
    <message>
        <source>That is not a member ID of this plan. Expected: %1</source>
        <translation type="unfinished">Это не номер участника этого плана. Ожидается: %1</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">последний визит</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation type="unfinished">Регистрация посетителя</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished">&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished">&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Date of birth (MM/DD/YYYY)</source>
        <translation type="unfinished">&amp;Дата рождения (ММ/ДД/ГГГГ)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation type="unfinished">&amp;Телефон (необязательно)</translation>
    </message>
    <message>
        <source>Preferred l&amp;anguage</source>
        <translation type="unfinished">&amp;Язык</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished">&amp;План</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation type="unfinished">&amp;Номер участника</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished">ММ/ДД/ГГГГ</translation>
    </message>
    <message>
        <source>No plan / not known</source>
        <translation type="unfinished">Нет плана / неизвестно</translation>
    </message>
    <message>
        <source>Agrees to share visit data with this plan</source>
        <translation type="unfinished">Согласен(на) передавать данные о визитах этому плану</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished">Сохранить (Enter)</translation>
    </message>
    <message>
        <source>This may be someone already registered. Use that person, or save as new.</source>
        <translation type="unfinished">Возможно, этот человек уже зарегистрирован. Выберите его или сохраните как нового.</translation>
    </message>
    <message>
        <source>Similar people</source>
        <translation type="unfinished">Похожие люди</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished">Выбрать этого человека</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation type="unfinished">Сохранить как нового</translation>
    </message>
</context>
<context>
    <name>DeskSearchScreen</name>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation type="unfinished">
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to register a walk-in.</source>
        <translation type="unfinished">Никого не найдено. Нажмите Ctrl+N, чтобы зарегистрировать посетителя.</translation>
    </message>
    <message>
        <source>last visit</source>
        <translation type="unfinished">последний визит</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished">Поиск людей</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation type="unfinished">Найти человека (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name, phone, date of birth or member ID</source>
        <translation type="unfinished">Имя, телефон, дата рождения или номер участника</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Поиск</translation>
    </message>
    <message>
        <source>New walk-in (Ctrl+N)</source>
        <translation type="unfinished">Новый посетитель (Ctrl+N)</translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished">Найденные люди</translation>
    </message>
</context>
<context>
    <name>DeskSignInScreen</name>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation type="unfinished">Введите PIN и нажмите Enter.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished">Вход для сотрудников</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">Стойка регистрации</translation>
    </message>
    <message>
        <source>Type your staff PIN and press Enter.</source>
        <translation type="unfinished">Введите PIN сотрудника и нажмите Enter.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished">Войти</translation>
    </message>
</context>
<context>
    <name>DeskStaffScreen</name>
    <message>
        <source>(you)</source>
        <translation type="unfinished">(вы)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Активен</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished">Отключён</translation>
    </message>
    <message>
        <source>Pick a member in the list</source>
        <translation type="unfinished">Выберите сотрудника в списке</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished">Выбран: %1</translation>
    </message>
    <message>
        <source>Selected: %1 (deactivated)</source>
        <translation type="unfinished">Выбран: %1 (отключён)</translation>
    </message>
    <message>
        <source>Type the PIN, then type it again.</source>
        <translation type="unfinished">Введите PIN, затем введите его ещё раз.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN twice.</source>
        <translation type="unfinished">PIN-коды не совпадают. Введите PIN дважды.</translation>
    </message>
    <message>
        <source>Type the member&apos;s name.</source>
        <translation type="unfinished">Введите имя сотрудника.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another supervisor or IT.</source>
        <translation type="unfinished">Нельзя отключить собственную учётную запись. Обратитесь к другому руководителю или в ИТ-службу.</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation type="unfinished">Отключить %1? Этот сотрудник больше не сможет войти.</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished">Стойка регистрации</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished">Уход за детьми</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">Руководитель</translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished">ИТ</translation>
    </message>
    <message>
        <source>Another staff member already has that PIN. Choose another.</source>
        <translation type="unfinished">Этот PIN уже есть у другого сотрудника. Выберите другой.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (one digit repeated, digits in a row, or a repeated pattern). Choose another.</source>
        <translation type="unfinished">Этот PIN слишком легко угадать (повтор одной цифры, цифры подряд или повторяющийся узор). Выберите другой.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits (0-9).</source>
        <translation type="unfinished">PIN состоит из 4–8 цифр (0-9).</translation>
    </message>
    <message>
        <source>This is the last active member with this role. Add another one first.</source>
        <translation type="unfinished">Это последний активный сотрудник с этой ролью. Сначала добавьте ещё одного.</translation>
    </message>
    <message>
        <source>Only a supervisor or IT can manage staff accounts.</source>
        <translation type="unfinished">Управлять учётными записями сотрудников может только руководитель или ИТ-служба.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished">Учётные записи сотрудников</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Название</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished">Добавить сотрудника</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished">&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">&amp;Роль</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished">&amp;PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation type="unfinished">PIN ещё &amp;раз</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation type="unfinished">&amp;Новый PIN</translation>
    </message>
    <message>
        <source>New PIN aga&amp;in</source>
        <translation type="unfinished">Новый PIN ещё р&amp;аз</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished">Добавить сотрудника</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished">Сбросить PIN</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished">&amp;Отключить…</translation>
    </message>
    <message>
        <source>&amp;Yes, deactivate</source>
        <translation type="unfinished">&amp;Да, отключить</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished">Отмена (Esc)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is busy. Trying again.</source>
        <translation type="unfinished">База данных занята. Повторяем попытку.</translation>
    </message>
    <message>
        <source>This station cannot save records. Please call IT.</source>
        <translation type="unfinished">Эта станция не может сохранять записи. Обратитесь в ИТ-отдел.</translation>
    </message>
    <message>
        <source>The database needs attention. Please call IT.</source>
        <translation type="unfinished">Базе данных требуется внимание. Обратитесь в ИТ-отдел.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the front desk for help.</source>
        <translation type="unfinished">Что-то пошло не так. Обратитесь за помощью на стойку регистрации.</translation>
    </message>
    <message>
        <source>Please use your member card</source>
        <translation type="unfinished">Пожалуйста, используйте карту участника</translation>
    </message>
    <message>
        <source>A driver&apos;s license or state ID cannot be used here, and nothing from it was kept. Scan your health plan card or CRC pass, or type your details.</source>
        <translation type="unfinished">Водительские права и удостоверение личности здесь не принимаются, и из них ничего не сохранено. Отсканируйте карту медицинского плана или пропуск CRC или введите свои данные.</translation>
    </message>
    <message>
        <source>A bank card cannot be used here. Scan your health plan card or CRC pass, or type your ID.</source>
        <translation type="unfinished">Банковская карта здесь не принимается. Отсканируйте карту медицинского плана или пропуск CRC или введите номер.</translation>
    </message>
    <message>
        <source>We could not read this pass</source>
        <translation type="unfinished">Не удалось прочитать этот пропуск</translation>
    </message>
    <message>
        <source>Please see the front desk. They will check you in.</source>
        <translation type="unfinished">Подойдите на стойку регистрации, там вас отметят.</translation>
    </message>
    <message>
        <source>We could not use this card</source>
        <translation type="unfinished">Не удалось использовать эту карту</translation>
    </message>
    <message>
        <source>Try again, type your ID, or touch &quot;I don&apos;t have a card&quot;. The front desk can also help.</source>
        <translation type="unfinished">Попробуйте ещё раз, введите номер или нажмите «У меня нет карты». На стойке регистрации тоже помогут.</translation>
    </message>
    <message>
        <source>Please type your member ID.</source>
        <translation type="unfinished">Введите номер участника.</translation>
    </message>
    <message>
        <source>This ID does not look complete or right. Please check it.</source>
        <translation type="unfinished">Номер выглядит неполным или неверным. Проверьте его.</translation>
    </message>
    <message>
        <source>This ID matches more than one card. Please see the front desk.</source>
        <translation type="unfinished">Этот номер подходит к нескольким картам. Подойдите на стойку регистрации.</translation>
    </message>
    <message>
        <source>This is not an ID we know. Please check it.</source>
        <translation type="unfinished">Мы не знаем такого номера. Проверьте его.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished">Пример: %1</translation>
    </message>
    <message>
        <source>We did not find this ID</source>
        <translation type="unfinished">Этот номер не найден</translation>
    </message>
    <message>
        <source>You can try again, register now (it takes a minute), or see the front desk.</source>
        <translation type="unfinished">Можно попробовать ещё раз, зарегистрироваться сейчас (это займёт минуту) или подойти на стойку регистрации.</translation>
    </message>
    <message>
        <source>This class just filled up</source>
        <translation type="unfinished">Места на это занятие только что закончились</translation>
    </message>
    <message>
        <source>Please choose something else, or see the front desk.</source>
        <translation type="unfinished">Выберите что-нибудь другое или подойдите на стойку регистрации.</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation type="unfinished">Проверьте введённые данные</translation>
    </message>
    <message>
        <source>Something is missing or not right. The front desk can help.</source>
        <translation type="unfinished">Чего-то не хватает или что-то неверно. На стойке регистрации помогут.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong</source>
        <translation type="unfinished">Извините, что-то пошло не так</translation>
    </message>
    <message>
        <source>The children&apos;s room cannot take more children at that time. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">В это время детская комната не может принять больше детей. Вы зарегистрированы. Обратитесь на стойку регистрации насчёт присмотра за детьми.</translation>
    </message>
    <message>
        <source>Our children&apos;s room cannot take a child of that age. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">Наша детская комната не может принять ребёнка такого возраста. Вы зарегистрированы. Обратитесь на стойку регистрации насчёт присмотра за детьми.</translation>
    </message>
    <message>
        <source>We could not reach the children&apos;s room just now. You are checked in. Please see the front desk to sign your children up.</source>
        <translation type="unfinished">Сейчас не удалось связаться с детской комнатой. Вы зарегистрированы. Пожалуйста, обратитесь на стойку регистрации, чтобы записать детей.</translation>
    </message>
    <message>
        <source>Child care could not be booked here. You are checked in. Please see the front desk about child care.</source>
        <translation type="unfinished">Не удалось записаться на присмотр за детьми здесь. Вы зарегистрированы. Обратитесь на стойку регистрации насчёт присмотра за детьми.</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Type the pickup code from the parent&apos;s slip, or scan it.</source>
        <translation type="unfinished">Введите код для забора с квитанции родителя или отсканируйте его.</translation>
    </message>
    <message>
        <source>Children for code %1</source>
        <translation type="unfinished">Дети с кодом %1</translation>
    </message>
    <message>
        <source>%1: expected</source>
        <translation type="unfinished">%1: ожидается</translation>
    </message>
    <message>
        <source>%1: in the room</source>
        <translation type="unfinished">%1: в комнате</translation>
    </message>
    <message>
        <source>%1: picked up</source>
        <translation type="unfinished">%1: забрали</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>Принять %n ребёнка</numerusform>
            <numerusform>Принять %n детей</numerusform>
            <numerusform>Принять %n детей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check out %n child(ren)</source>
        <translation type="unfinished">
            <numerusform>Передать %n ребёнка</numerusform>
            <numerusform>Передать %n детей</numerusform>
            <numerusform>Передать %n детей</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">Укажите, кто забирает (имя по документу).</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation type="unfinished">Код для забора</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Код</translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished">Найти</translation>
    </message>
    <message>
        <source>Find the children of this code</source>
        <translation type="unfinished">Найти детей с этим кодом</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Кто забрал</translation>
    </message>
    <message>
        <source>Print their labels</source>
        <translation type="unfinished">Напечатать их наклейки</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message numerus="yes">
        <source>Check-ins per hour: %n in all</source>
        <translation type="unfinished">
            <numerusform>Отметки по часам: всего %n</numerusform>
            <numerusform>Отметки по часам: всего %n</numerusform>
            <numerusform>Отметки по часам: всего %n</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest %1:00</source>
        <translation type="unfinished">пик в %1:00</translation>
    </message>
</context>
<context>
    <name>KioskFlow</name>
    <message>
        <source>the next hour</source>
        <translation type="unfinished">ближайший час</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished">Неверный PIN. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait, then try again.</source>
        <translation type="unfinished">Слишком много попыток. Подождите и попробуйте снова.</translation>
    </message>
    <message>
        <source>Staff sign-in is not available</source>
        <translation type="unfinished">Вход для сотрудников недоступен</translation>
    </message>
    <message>
        <source>Please call IT to leave kiosk mode.</source>
        <translation type="unfinished">Чтобы выйти из режима киоска, позвоните в ИТ-отдел.</translation>
    </message>
    <message>
        <source>CRC Kiosk: %1</source>
        <translation type="unfinished">Киоск CRC: %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished">Сообщение</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">Ввести номер</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Зарегистрироваться</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation type="unfinished">Выбрать снова</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished">В начало</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished">Экранная клавиатура</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation type="unfinished">Удалить последний символ</translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished">Пробел</translation>
    </message>
</context>
<context>
    <name>OverridePanel</name>
    <message>
        <source>Release %1 without the pickup code</source>
        <translation type="unfinished">Передать %1 без кода</translation>
    </message>
    <message>
        <source>Say who is picking up (the name on their ID).</source>
        <translation type="unfinished">Укажите, кто забирает (имя по документу).</translation>
    </message>
    <message>
        <source>A release without the code needs a reason: what happened, and how you checked who they are.</source>
        <translation type="unfinished">Для передачи без кода нужна причина: что случилось и как вы проверили личность.</translation>
    </message>
    <message>
        <source>Release without the code</source>
        <translation type="unfinished">Передача без кода</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Кто забрал</translation>
    </message>
    <message>
        <source>Reason (recorded with your name)</source>
        <translation type="unfinished">Причина (записывается с вашим именем)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <source>Release the child</source>
        <translation type="unfinished">Передать ребёнка</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Please type your first name.</source>
        <translation type="unfinished">Введите имя.</translation>
    </message>
    <message>
        <source>Please type your last name.</source>
        <translation type="unfinished">Введите фамилию.</translation>
    </message>
    <message>
        <source>Please type your date of birth: month, day, year.</source>
        <translation type="unfinished">Введите дату рождения: месяц, день, год.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits. You can also leave it empty.</source>
        <translation type="unfinished">В номере телефона 10 цифр. Можно оставить поле пустым.</translation>
    </message>
    <message>
        <source>Please type the member ID from your plan card.</source>
        <translation type="unfinished">Введите номер участника с карты плана.</translation>
    </message>
    <message>
        <source>Please answer: may we share your visits?</source>
        <translation type="unfinished">Ответьте: можно ли передавать сведения о ваших визитах?</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Зарегистрироваться</translation>
    </message>
    <message>
        <source>Tell us about you</source>
        <translation type="unfinished">Расскажите о себе</translation>
    </message>
    <message>
        <source>It takes about a minute. Touch a box, then type on the keys.</source>
        <translation type="unfinished">Это займёт около минуты. Коснитесь поля и печатайте на клавишах.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Фамилия</translation>
    </message>
    <message>
        <source>Date of birth (month / day / year)</source>
        <translation type="unfinished">Дата рождения (месяц / день / год)</translation>
    </message>
    <message>
        <source>Phone (you can leave this empty)</source>
        <translation type="unfinished">Телефон (можно не заполнять)</translation>
    </message>
    <message>
        <source>Language you prefer</source>
        <translation type="unfinished">Предпочитаемый язык</translation>
    </message>
    <message>
        <source>Your health plan, if you know it</source>
        <translation type="unfinished">Ваш медицинский план, если знаете</translation>
    </message>
    <message>
        <source>Member ID from your plan card</source>
        <translation type="unfinished">Номер участника с карты плана</translation>
    </message>
    <message>
        <source>May we tell your health plan when you visit us? It helps them help you.</source>
        <translation type="unfinished">Можно сообщать вашему медицинскому плану о ваших визитах? Так им проще вам помочь.</translation>
    </message>
    <message>
        <source>No plan / I don&apos;t know</source>
        <translation type="unfinished">Нет плана / Не знаю</translation>
    </message>
    <message>
        <source>Yes, share my visits</source>
        <translation type="unfinished">Да, передавайте</translation>
    </message>
    <message>
        <source>No, do not share</source>
        <translation type="unfinished">Нет, не передавайте</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Назад</translation>
    </message>
    <message>
        <source>Register and continue</source>
        <translation type="unfinished">Зарегистрироваться и продолжить</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>In the room: %1 of %2 places. Expected: %3.</source>
        <translation type="unfinished">В комнате: %1 из %2 мест. Ожидается: %3.</translation>
    </message>
    <message>
        <source>Staff signed in: %1 (%2). Needed for the children here: %3.</source>
        <translation type="unfinished">Сотрудников в комнате: %1 (%2). Нужно для этих детей: %3.</translation>
    </message>
    <message>
        <source>Overdue: %1 (in since %2; the parent&apos;s class ended or the maximum stay is over). Call the parent or the front desk.</source>
        <translation type="unfinished">Время вышло: %1 (в комнате с %2; занятие родителя закончилось или превышено максимальное время пребывания). Позвоните родителю или на стойку регистрации.</translation>
    </message>
    <message>
        <source>Class ending soon: %1 (the parent&apos;s class ends at %2). Get ready for pickup.</source>
        <translation type="unfinished">Занятие скоро закончится: %1 (занятие родителя заканчивается в %2). Подготовьте ребёнка к передаче.</translation>
    </message>
    <message>
        <source>Child-care room</source>
        <translation type="unfinished">Детская комната</translation>
    </message>
    <message>
        <source>Check in selected child</source>
        <translation type="unfinished">Принять выбранного ребёнка</translation>
    </message>
    <message>
        <source>Release without code…</source>
        <translation type="unfinished">Передать без кода…</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished">Печать наклеек</translation>
    </message>
</context>
<context>
    <name>RosterTables</name>
    <message>
        <source>(override)</source>
        <translation type="unfinished">(исключение)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished">Аллергия: %1</translation>
    </message>
    <message>
        <source>Medical: %1</source>
        <translation type="unfinished">Медицинское: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Время вышло</translation>
    </message>
    <message>
        <source>Class ending</source>
        <translation type="unfinished">Занятие заканчивается</translation>
    </message>
    <message>
        <source>In the room (%1)</source>
        <translation type="unfinished">В комнате (%1)</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation type="unfinished">Ожидаются (%1)</translation>
    </message>
    <message>
        <source>Picked up (%1)</source>
        <translation type="unfinished">Забрали (%1)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Ребёнок</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Возраст</translation>
    </message>
    <message>
        <source>In since</source>
        <translation type="unfinished">В комнате с</translation>
    </message>
    <message>
        <source>Class ends</source>
        <translation type="unfinished">Конец занятия</translation>
    </message>
    <message>
        <source>Allergy / medical</source>
        <translation type="unfinished">Аллергия / медицинское</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">Предупреждение</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished">Пришёл</translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished">Ушёл</translation>
    </message>
    <message>
        <source>Picked up by</source>
        <translation type="unfinished">Кто забрал</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>%1 is added as %2 and can sign in with their PIN now.</source>
        <translation type="unfinished">%1 добавлен(а) как %2 и теперь может войти со своим PIN.</translation>
    </message>
    <message>
        <source>New PIN saved for %1. The old one no longer works.</source>
        <translation type="unfinished">Новый PIN для %1 сохранён. Старый больше не действует.</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished">%1 отключён(а) и больше не может войти.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN сотрудника</translation>
    </message>
    <message>
        <source>Staff only: type your PIN</source>
        <translation type="unfinished">Только для сотрудников: введите PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Разблокировать</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>CRC front desk: %1</source>
        <translation type="unfinished">Стойка регистрации CRC: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Station status</source>
        <translation type="unfinished">Состояние станции</translation>
    </message>
    <message>
        <source>Checking the station…</source>
        <translation type="unfinished">Проверка станции…</translation>
    </message>
    <message>
        <source>Database OK</source>
        <translation type="unfinished">База данных в порядке</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting, offline since %1</source>
        <translation type="unfinished">
            <numerusform>%n запись ожидает, нет связи с %1</numerusform>
            <numerusform>%n записи ожидают, нет связи с %1</numerusform>
            <numerusform>%n записей ожидают, нет связи с %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform>%n запись ожидает синхронизации</numerusform>
            <numerusform>%n записи ожидают синхронизации</numerusform>
            <numerusform>%n записей ожидают синхронизации</numerusform>
        </translation>
    </message>
    <message>
        <source>No records waiting</source>
        <translation type="unfinished">Нет ожидающих записей</translation>
    </message>
    <message>
        <source>All records sent</source>
        <translation type="unfinished">Все записи отправлены</translation>
    </message>
    <message>
        <source>%1: credentials need attention (call IT)</source>
        <translation type="unfinished">%1: нужно проверить учётные данные (позвоните в ИТ)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation type="unfinished">
            <numerusform>%n запись отклонена</numerusform>
            <numerusform>%n записи отклонены</numerusform>
            <numerusform>%n записей отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock is off by %n minute(s): check the time</source>
        <translation type="unfinished">
            <numerusform>Часы расходятся на %n минуту: проверьте время</numerusform>
            <numerusform>Часы расходятся на %n минуты: проверьте время</numerusform>
            <numerusform>Часы расходятся на %n минут: проверьте время</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedIdScreen</name>
    <message>
        <source>Type your ID</source>
        <translation type="unfinished">Введите номер</translation>
    </message>
    <message>
        <source>Type your member ID</source>
        <translation type="unfinished">Введите номер участника</translation>
    </message>
    <message>
        <source>It is on your health plan card or Medi-Cal card.</source>
        <translation type="unfinished">Он указан на карте медицинского плана или карте Medi-Cal.</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished">Номер участника</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Назад</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Продолжить</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome screen</source>
        <translation type="unfinished">Экран приветствия</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Добро пожаловать</translation>
    </message>
    <message>
        <source>Touch your language to begin</source>
        <translation type="unfinished">Коснитесь своего языка, чтобы начать</translation>
    </message>
    <message>
        <source>Use the card scanner, or touch &quot;Type my ID&quot;.</source>
        <translation type="unfinished">Воспользуйтесь сканером карт или нажмите «Ввести номер».</translation>
    </message>
    <message>
        <source>Hold your card or pass up to the camera</source>
        <translation type="unfinished">Поднесите карту или пропуск к камере</translation>
    </message>
    <message>
        <source>Type my ID</source>
        <translation type="unfinished">Ввести номер</translation>
    </message>
    <message>
        <source>I don&apos;t have a card</source>
        <translation type="unfinished">У меня нет карты</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished">Крупный текст</translation>
    </message>
    <message>
        <source>Make the words on every screen bigger</source>
        <translation type="unfinished">Увеличить текст на всех экранах</translation>
    </message>
    <message>
        <source>Show the screen in this language</source>
        <translation type="unfinished">Показать экран на этом языке</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation type="unfinished">План A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation type="unfinished">План B</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation type="unfinished">Логотип %1</translation>
    </message>
</context>
</TS>
